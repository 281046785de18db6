package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CloseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyRequest;
import org.retentionsuite.proto.feedback.v1.PauseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyStatus;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

@QuarkusTest
class SurveyLifecycleOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Test
    void aSurveyGoesFromDraftToActiveToPausedToActiveAgainAndToClosed() {
        String id = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).build()).getSurvey().getId();

        assertEquals(SurveyStatus.SURVEY_STATUS_ACTIVE, activate(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_PAUSED, pause(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_ACTIVE, activate(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_CLOSED, close(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_CLOSED,
                feedback.getSurvey(GetSurveyRequest.newBuilder().setSurveyId(id).build()).getSurvey().getStatus());
    }

    @Test
    void repeatingAChangeThatIsDoneChangesNothingSoARetryIsSafe() {
        String id = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();

        assertEquals(SurveyStatus.SURVEY_STATUS_ACTIVE, activate(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_PAUSED, pause(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_PAUSED, pause(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_CLOSED, close(id).getStatus());
        assertEquals(SurveyStatus.SURVEY_STATUS_CLOSED, close(id).getStatus());
    }

    @Test
    void aDraftCannotBePausedOrClosedAndTheRefusalNamesItsStatus() {
        String id = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CES).build()).getSurvey().getId();

        assertRefused("survey " + id + " is draft and cannot be paused", () -> pause(id));
        assertRefused("survey " + id + " is draft and cannot be closed", () -> close(id));
    }

    @Test
    void aClosedSurveyCannotBeActivatedOrPausedAgain() {
        String id = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        close(id);

        assertRefused("survey " + id + " is closed and cannot be activated", () -> activate(id));
        assertRefused("survey " + id + " is closed and cannot be paused", () -> pause(id));
    }

    @Test
    void aSurveyOfferedInALanguageWithoutATextCannotBeActivated() {
        Survey draft = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .addAllLanguages(List.of("en", "de", "fr"))
                .putQuestion("fr", "Comment était-ce ?")
                .build()).getSurvey();
        assertEquals(List.of("de", "en", "fr"), draft.getLanguagesList());

        assertRefused("survey " + draft.getId() + " cannot be activated: the question has no text in de",
                () -> activate(draft.getId()));
        assertEquals(SurveyStatus.SURVEY_STATUS_DRAFT, feedback.getSurvey(
                GetSurveyRequest.newBuilder().setSurveyId(draft.getId()).build()).getSurvey().getStatus());
    }

    @Test
    void aSurveyWithATextInEveryOfferedLanguageIsActivated() {
        Survey draft = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .addAllLanguages(List.of("en", "de"))
                .putQuestion("de", "Wie war es?")
                .setInvitationCoolDownDays(7)
                .build()).getSurvey();

        Survey active = activate(draft.getId());

        assertEquals(SurveyStatus.SURVEY_STATUS_ACTIVE, active.getStatus());
        assertEquals(7, active.getInvitationCoolDownDays());
    }

    @Test
    void theOfferedLanguagesMustIncludeTheDefaultAndEveryLanguageWithAText() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.createSurvey(
                Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                        .putQuestion("it", "Com'era?")
                        .addAllLanguages(List.of("de", "de"))
                        .setInvitationCoolDownDays(400)
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "languages[1]", "is listed twice",
                "languages", "does not include the default language \"en\"",
                "question[en]", "is in a language the survey does not offer",
                "question[it]", "is in a language the survey does not offer",
                "invitation_cool_down_days", "is not between 0 and 365"), fieldViolations(refused));
    }

    @Test
    void activatingAnUnknownSurveyIsNotFound() {
        String id = UUID.randomUUID().toString();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> activate(id));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("survey " + id + " does not exist", refused.getStatus().getDescription());
    }

    private void assertRefused(String description, Runnable call) {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, call::run);
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals(description, refused.getStatus().getDescription());
    }

    private Survey activate(String id) {
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(id).build()).getSurvey();
    }

    private Survey pause(String id) {
        return feedback.pauseSurvey(PauseSurveyRequest.newBuilder().setSurveyId(id).build()).getSurvey();
    }

    private Survey close(String id) {
        return feedback.closeSurvey(CloseSurveyRequest.newBuilder().setSurveyId(id).build()).getSurvey();
    }
}
