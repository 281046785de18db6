package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.DueReminderList;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.FeedbackMapping;
import org.retentionsuite.gateway.security.Roles;

/**
 * For an external mailer: takes the invitations due their one reminder (unanswered after the survey's
 * reminder delay) and marks them taken, so no reminder is handed out twice. A POST: it changes state,
 * and the gateway does not repeat it on a failure.
 */
@Path("/api/v1/survey-reminders/take")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyReminderResource {

    private final FeedbackClient feedback;
    private final FeedbackMapping mapping;

    public SurveyReminderResource(FeedbackClient feedback, FeedbackMapping mapping) {
        this.feedback = feedback;
        this.mapping = mapping;
    }

    /** {@code limit}: 1-500, default 100. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<DueReminderList> take(@QueryParam("limit") String limit) {
        return Uni.createFrom().item(() -> mapping.toTakeRemindersRequest(limit))
                .flatMap(feedback::takeDueReminders)
                .map(mapping::toView);
    }
}
