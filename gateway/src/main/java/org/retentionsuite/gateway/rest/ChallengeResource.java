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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.BadgeList;
import org.retentionsuite.gateway.api.ChallengeCreation;
import org.retentionsuite.gateway.api.ChallengeView;
import org.retentionsuite.gateway.api.Leaderboard;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.ChallengeMapping;
import org.retentionsuite.gateway.security.Roles;

/** Challenges and the badges members earn by them, and the points leaderboard. */
@Path("/api/v1/programs/{programId}")
@Tag(name = "Challenges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChallengeResource {

    private final LoyaltyClient loyalty;
    private final ChallengeMapping mapping;

    public ChallengeResource(LoyaltyClient loyalty, ChallengeMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @POST
    @Path("/challenges")
    public Uni<RestResponse<ChallengeView>> create(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid ChallengeCreation challenge) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, challenge, idempotencyKey))
                .flatMap(loyalty::createChallenge)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, mapping.toView(created)));
    }

    /** Newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/members/{customerId}/badges")
    public Uni<BadgeList> badges(@PathParam("programId") String programId, @PathParam("customerId") String customerId) {
        return loyalty.listBadges(programId, customerId).map(mapping::toView);
    }

    /** Members ranked by the points they earned from {@code from} until {@code to}; {@code limit} 1 to 100, 10 when absent. */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    @Path("/leaderboard")
    public Uni<Leaderboard> leaderboard(@PathParam("programId") String programId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit) {
        return Uni.createFrom().item(() -> mapping.toLeaderboardRequest(programId, from, to, limit))
                .flatMap(loyalty::getLeaderboard)
                .map(mapping::toLeaderboard);
    }
}
