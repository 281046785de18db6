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
import org.retentionsuite.gateway.api.ExpiringPointsView;
import org.retentionsuite.gateway.api.LedgerPage;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.LedgerMapping;
import org.retentionsuite.gateway.security.Roles;

/** A member's points ledger and the points about to expire. */
@Path("/api/v1/programs/{programId}/members/{customerId}")
@Tag(name = "Ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final LoyaltyClient loyalty;
    private final LedgerMapping mapping;

    public LedgerResource(LoyaltyClient loyalty, LedgerMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    /** Newest first; {@code limit} 1 to 500, {@code cursor} the {@code nextCursor} of the previous page. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/ledger")
    public Uni<LedgerPage> ledger(@PathParam("programId") String programId, @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toLedgerRequest(programId, customerId, limit, cursor))
                .flatMap(loyalty::listLedgerEntries)
                .map(mapping::toView);
    }

    /** Points that expire within the next {@code days} (30 when not given). */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/expiring-points")
    public Uni<ExpiringPointsView> expiringPoints(@PathParam("programId") String programId,
            @PathParam("customerId") String customerId, @QueryParam("days") String days) {
        return Uni.createFrom().item(() -> mapping.toExpiringRequest(programId, customerId, days))
                .flatMap(loyalty::listExpiringPoints)
                .map(mapping::toView);
    }
}
