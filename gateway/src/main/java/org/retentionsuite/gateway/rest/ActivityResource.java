package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.ActivityEvent;
import org.retentionsuite.gateway.api.ActivityImportReceipt;
import org.retentionsuite.gateway.api.ActivityReceipt;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.SegmentationMapping;
import org.retentionsuite.gateway.security.Roles;

import java.util.List;

@Path("/api/v1/activities")
@Tag(name = "Activity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final SegmentationClient segmentation;
    private final SegmentationMapping mapping;

    public ActivityResource(SegmentationClient segmentation, SegmentationMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** Records a batch; a retried batch records nothing twice (events are de-duplicated by eventId). */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    public Uni<ActivityReceipt> record(
            @NotNull(message = "is required") @Size(min = 1, max = 1000) List<@NotNull @Valid ActivityEvent> events) {
        return segmentation.recordActivity(mapping.toRequest(events)).map(mapping::toReceipt);
    }

    /**
     * Imports historical purchases from CSV (header {@code customer_id,occurred_at,amount[,currency]},
     * at most 8 MiB) in one transaction; importing a file again records nothing twice.
     */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/import")
    @Consumes("text/csv")
    public Uni<ActivityImportReceipt> importCsv(String csv) {
        return segmentation.importActivity(csv == null ? "" : csv).map(mapping::toReceipt);
    }
}
