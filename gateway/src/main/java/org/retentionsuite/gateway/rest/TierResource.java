package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.TierChangeList;
import org.retentionsuite.gateway.api.TierEvaluationView;
import org.retentionsuite.gateway.api.TierLadderCreation;
import org.retentionsuite.gateway.api.TierLadderView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.TierMapping;
import org.retentionsuite.gateway.security.Roles;

/** The programme's tier ladder, evaluating members against it, and a member's tier history. */
@Path("/api/v1/programs/{programId}")
@Tag(name = "Tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TierResource {

    private final LoyaltyClient loyalty;
    private final TierMapping mapping;

    public TierResource(LoyaltyClient loyalty, TierMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    /** A programme's ladder is set once; a second one is 409. */
    @POST
    @Path("/tier-ladder")
    public Uni<RestResponse<TierLadderView>> createLadder(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid TierLadderCreation ladder) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, ladder, idempotencyKey))
                .flatMap(loyalty::createTierLadder)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, mapping.toView(created)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/tier-ladder")
    public Uni<TierLadderView> ladder(@PathParam("programId") String programId) {
        return loyalty.getTierLadder(programId).map(mapping::toView);
    }

    /** Evaluates every member against the period that ended last: the only time a member moves down. */
    @POST
    @Path("/tier-evaluations")
    public Uni<TierEvaluationView> evaluate(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Uni.createFrom().item(() -> mapping.idempotencyKey(idempotencyKey))
                .flatMap(key -> loyalty.evaluateTiers(programId, key))
                .map(mapping::toView);
    }

    /** Newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/members/{customerId}/tier-changes")
    public Uni<TierChangeList> changes(@PathParam("programId") String programId, @PathParam("customerId") String customerId) {
        return loyalty.listTierChanges(programId, customerId).map(mapping::toView);
    }
}
