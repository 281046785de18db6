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
import org.retentionsuite.gateway.api.EventReceipt;
import org.retentionsuite.gateway.api.EventRecording;
import org.retentionsuite.gateway.api.EventRuleCreation;
import org.retentionsuite.gateway.api.EventRuleView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.EventMapping;
import org.retentionsuite.gateway.security.Roles;

/** Points for events other than purchases ("sign_up", "birthday", "survey_completed", custom keys), with caps. */
@Path("/api/v1/programs/{programId}")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    private final LoyaltyClient loyalty;
    private final EventMapping mapping;

    public EventResource(LoyaltyClient loyalty, EventMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    /** One rule per event key; a second is 409. */
    @POST
    @Path("/event-rules")
    public Uni<RestResponse<EventRuleView>> createRule(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid EventRuleCreation rule) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, rule, idempotencyKey))
                .flatMap(loyalty::createEventRule)
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, mapping.toView(created)));
    }

    /** An event past its cap, or without an active rule, earns nothing and says why in {@code notEarnedReason}. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/members/{customerId}/events")
    public Uni<EventReceipt> recordEvent(@PathParam("programId") String programId,
            @PathParam("customerId") String customerId,
            @Parameter(required = true, description = "makes a retry return the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid EventRecording event) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, customerId, event, idempotencyKey))
                .flatMap(loyalty::recordEvent)
                .map(mapping::toView);
    }
}
