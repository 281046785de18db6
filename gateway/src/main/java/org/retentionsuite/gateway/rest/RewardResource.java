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
import org.retentionsuite.gateway.api.RewardCreation;
import org.retentionsuite.gateway.api.RewardList;
import org.retentionsuite.gateway.api.RewardView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.RewardMapping;
import org.retentionsuite.gateway.security.Roles;

/** The programme's reward catalogue. */
@Path("/api/v1/programs/{programId}/rewards")
@Tag(name = "Rewards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RewardResource {

    private final LoyaltyClient loyalty;
    private final RewardMapping mapping;

    public RewardResource(LoyaltyClient loyalty, RewardMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @POST
    public Uni<RestResponse<RewardView>> create(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid RewardCreation reward) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, reward, idempotencyKey))
                .flatMap(loyalty::createReward)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, mapping.toView(created)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    public Uni<RewardList> list(@PathParam("programId") String programId) {
        return loyalty.listRewards(programId).map(mapping::toView);
    }
}
