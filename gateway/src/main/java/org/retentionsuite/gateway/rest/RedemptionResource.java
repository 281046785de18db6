package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.RedemptionRequest;
import org.retentionsuite.gateway.api.RedemptionView;
import org.retentionsuite.gateway.api.RewardOffer;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.RewardMapping;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.gateway.security.Roles;

/**
 * Redeeming rewards at once, or reserving them for a checkout and committing or cancelling later; and
 * offering a reward free of points.
 */
@Path("/api/v1/programs/{programId}")
@Tag(name = "Redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RedemptionResource {

    private final LoyaltyClient loyalty;
    private final RewardMapping mapping;

    public RedemptionResource(LoyaltyClient loyalty, RewardMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.MEMBER})
    @POST
    @Path("/members/{customerId}/redemptions")
    public Uni<RestResponse<RedemptionView>> redeem(@PathParam("programId") String programId,
            @PathParam("customerId") String customerId,
            @Parameter(required = true, description = "makes a retry return the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid RedemptionRequest redemption) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, customerId, redemption, idempotencyKey))
                .flatMap(loyalty::redeemReward)
                .map(redeemed -> RestResponse.status(RestResponse.Status.CREATED,
                        mapping.toView(redeemed.getRedemption(), redeemed.getBalance())));
    }

    /**
     * Gives the member the reward free of points: a committed redemption of 0 points with its coupon code,
     * within the reward's stock, dates and per-member limit. A retry with the same key returns the first offer.
     */
    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/members/{customerId}/reward-offers")
    public Uni<RestResponse<RedemptionView>> offer(@PathParam("programId") String programId,
            @PathParam("customerId") String customerId,
            @Parameter(required = true, description = "makes a retry return the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid RewardOffer offer) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, customerId, offer, idempotencyKey))
                .flatMap(loyalty::offerReward)
                .map(offered -> RestResponse.status(RestResponse.Status.CREATED,
                        mapping.toView(offered.getRedemption(), offered.getBalance())));
    }

    /** The reply of a commit has no balance; the member's is read after it. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/redemptions/{redemptionId}/commit")
    public Uni<RedemptionView> commit(@PathParam("programId") String programId,
            @PathParam("redemptionId") String redemptionId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Uni.createFrom().item(() -> mapping.idempotencyKey(idempotencyKey))
                .flatMap(key -> loyalty.commitRedemption(programId, redemptionId, key))
                .flatMap(committed -> loyalty.getMember(programId, committed.getRedemption().getCustomerId())
                        .map(Member::getBalance)
                        .map(balance -> mapping.toView(committed.getRedemption(), balance)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/redemptions/{redemptionId}/cancel")
    public Uni<RedemptionView> cancel(@PathParam("programId") String programId,
            @PathParam("redemptionId") String redemptionId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Uni.createFrom().item(() -> mapping.idempotencyKey(idempotencyKey))
                .flatMap(key -> loyalty.cancelRedemption(programId, redemptionId, key))
                .map(cancelled -> mapping.toView(cancelled.getRedemption(), cancelled.getBalance()));
    }
}
