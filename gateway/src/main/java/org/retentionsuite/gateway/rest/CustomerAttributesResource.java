package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CustomerAttributesReceipt;
import org.retentionsuite.gateway.api.CustomerAttributesUpdate;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.CustomerMapping;

import java.util.List;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/customers/attributes")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerAttributesResource {

    private final SegmentationClient segmentation;
    private final CustomerMapping mapping;

    public CustomerAttributesResource(SegmentationClient segmentation, CustomerMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /**
     * Replaces customers' attributes (country, language, sign-up date, acquisition, referrer), up to
     * 1,000 in one transaction; sending the same again changes nothing.
     */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<CustomerAttributesReceipt> upsert(@NotNull(message = "is required") @Size(min = 1, max = 1000)
            List<@NotNull @Valid CustomerAttributesUpdate> customers) {
        return Uni.createFrom().item(() -> mapping.toRequest(customers))
                .flatMap(segmentation::upsertCustomers)
                .map(mapping::toReceipt);
    }
}
