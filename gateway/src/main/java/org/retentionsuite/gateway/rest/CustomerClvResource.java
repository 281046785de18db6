package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CustomerClvView;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.gateway.mapping.SegmentationMapping;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/customers/{customerId}/clv")
@Tag(name = "CLV")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerClvResource {

    private final SegmentationClient segmentation;
    private final SegmentationMapping mapping;

    public CustomerClvResource(SegmentationClient segmentation, SegmentationMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /**
     * The customer's value under the latest fit, or {@code fitId}'s; {@code horizon} counts periods
     * of the fit's time unit (default one year).
     */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    public Uni<CustomerClvView> get(@PathParam("customerId") String customerId, @QueryParam("horizon") String horizon,
            @QueryParam("fitId") String fitId) {
        return segmentation.getCustomerClv(GetCustomerClvRequest.newBuilder()
                        .setCustomerId(customerId)
                        .setFitId(fitId == null ? "" : fitId)
                        .setHorizon(horizon(horizon))
                        .build())
                .map(mapping::toView);
    }

    private static int horizon(String text) {
        if (text == null) {
            return 0;
        }
        try {
            int horizon = Integer.parseInt(text.strip());
            if (horizon > 0) {
                return horizon;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number that is not positive
        }
        throw new InvalidFieldException("horizon", "must be a positive whole number of periods");
    }
}
