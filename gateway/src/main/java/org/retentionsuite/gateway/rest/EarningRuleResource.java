package org.retentionsuite.gateway.rest;

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
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.EarningRuleCreation;
import org.retentionsuite.gateway.api.EarningRuleView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.RewardMapping;

/** Points multipliers for purchase lines of a SKU or category. */
@Path("/api/v1/programs/{programId}/earning-rules")
@Tag(name = "Earning rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EarningRuleResource {

    private final LoyaltyClient loyalty;
    private final RewardMapping mapping;

    public EarningRuleResource(LoyaltyClient loyalty, RewardMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @POST
    public Uni<RestResponse<EarningRuleView>> create(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid EarningRuleCreation rule) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, rule, idempotencyKey))
                .flatMap(loyalty::createEarningRule)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, mapping.toView(created)));
    }
}
