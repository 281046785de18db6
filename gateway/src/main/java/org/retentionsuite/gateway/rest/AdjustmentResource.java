package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.AdjustmentReceipt;
import org.retentionsuite.gateway.api.PointsAdjustment;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.AdjustmentMapping;
import org.retentionsuite.gateway.security.Roles;

/** Points added or taken back by hand or by a retention playbook, with a reason. */
@Path("/api/v1/programs/{programId}/members/{customerId}/adjustments")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdjustmentResource {

    private final LoyaltyClient loyalty;
    private final AdjustmentMapping mapping;

    public AdjustmentResource(LoyaltyClient loyalty, AdjustmentMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    /** Taking back more than the member's active points is 409 not-enough-points and changes nothing. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<AdjustmentReceipt> adjust(@PathParam("programId") String programId,
            @PathParam("customerId") String customerId,
            @Parameter(required = true, description = "makes a retry return the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid PointsAdjustment adjustment) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, customerId, adjustment, idempotencyKey))
                .flatMap(loyalty::adjustPoints)
                .map(mapping::toView);
    }
}
