package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.PurposeInvitationRequest;
import org.retentionsuite.gateway.api.PurposeInvitationView;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.FeedbackMapping;
import org.retentionsuite.gateway.security.Roles;

/**
 * Invites one customer to the active survey of a purpose (an exit or a check-in survey), under the
 * survey-fatigue rule. The {@code Idempotency-Key} header is required: a retry invites nobody twice.
 */
@Path("/api/v1/purpose-invitations")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurposeInvitationResource {

    private final FeedbackClient feedback;
    private final FeedbackMapping mapping;

    public PurposeInvitationResource(FeedbackClient feedback, FeedbackMapping mapping) {
        this.feedback = feedback;
        this.mapping = mapping;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<PurposeInvitationView> invite(@HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid PurposeInvitationRequest request) {
        return feedback.inviteToPurposeSurvey(mapping.toRequest(request, idempotencyKey)).map(mapping::toView);
    }
}
