package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.feedback.service.ReminderService;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.Answer;
import org.retentionsuite.proto.feedback.v1.CreateSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FormState;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyFormResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyLinkRequest;
import org.retentionsuite.proto.feedback.v1.InvitationStatus;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyRequest;
import org.retentionsuite.proto.feedback.v1.InviteToPurposeSurveyResponse;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyLink;
import org.retentionsuite.proto.feedback.v1.SurveyPurpose;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FormsLinksAndRemindersOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Survey activeInEnglishAndArabic(SurveyDetails.Builder details) {
        Survey survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .putQuestion("ar", "ما مدى احتمال أن توصي بنا؟")
                .setDetails(details.putThankYouText("en", "Thank you!").putThankYouText("ar", "شكرا لك!"))
                .build()).getSurvey();
        return feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build()).getSurvey();
    }

    private GetSurveyFormResponse form(String token, String lang, String acceptLanguage) {
        return feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setToken(token).setLang(lang)
                .setAcceptLanguage(acceptLanguage).build());
    }

    @Test
    void theFormOfATokenIsInTheRespondentsLanguageAndMarksRightToLeft() {
        Survey survey = activeInEnglishAndArabic(SurveyDetails.newBuilder());
        String token = Surveys.token(feedback, survey.getId());

        GetSurveyFormResponse arabic = form(token, "", "ar-SA,ar;q=0.9,en;q=0.5");
        GetSurveyFormResponse english = form(token, "en", "ar");
        GetSurveyFormResponse fallback = form(token, "", "sv");

        assertEquals("ar", arabic.getLanguage());
        assertTrue(arabic.getRightToLeft());
        assertEquals("ما مدى احتمال أن توصي بنا؟", arabic.getMainQuestion());
        assertEquals("شكرا لك!", arabic.getThankYouText());
        assertEquals(FormState.FORM_STATE_OPEN, arabic.getState());
        assertEquals(0, arabic.getScoreMin());
        assertEquals(10, arabic.getScoreMax());
        assertEquals(List.of("ar", "en"), arabic.getLanguagesList());
        assertEquals("en", english.getLanguage());
        assertFalse(english.getRightToLeft());
        assertEquals("How did we do?", english.getMainQuestion());
        assertEquals("en", fallback.getLanguage());
    }

    @Test
    void theInvitationsLocaleComesBeforeTheBrowser() {
        Survey survey = activeInEnglishAndArabic(SurveyDetails.newBuilder());
        String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey.getId())
                .addCustomerIds(Surveys.newCustomer()).setLanguage("ar").build()).getResults(0).getToken();

        assertEquals("ar", form(token, "", "en").getLanguage());
        assertEquals("en", form(token, "en", "").getLanguage());
    }

    @Test
    void theFormSaysWhenTheTokenWasUsedOrHasExpired() {
        Survey survey = activeInEnglishAndArabic(SurveyDetails.newBuilder());
        String used = Surveys.token(feedback, survey.getId());
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(used).setScore(9).build());
        String expiring = Surveys.token(feedback, survey.getId());
        clock.advance(Duration.ofDays(15));

        assertEquals(FormState.FORM_STATE_ALREADY_ANSWERED, form(used, "", "").getState());
        assertEquals(FormState.FORM_STATE_EXPIRED, form(expiring, "", "").getState());
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> form("nope", "", ""));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    @Test
    void aPublicLinkCountsViewsStartsAndCompletedResponsesAndASessionCompletesOnce() {
        Survey survey = activeInEnglishAndArabic(SurveyDetails.newBuilder());
        SurveyLink link = feedback.createSurveyLink(CreateSurveyLinkRequest.newBuilder().setSurveyId(survey.getId()).build())
                .getLink();
        SurveyLink again = feedback.createSurveyLink(CreateSurveyLinkRequest.newBuilder().setSurveyId(survey.getId()).build())
                .getLink();
        assertEquals(link.getSlug(), again.getSlug());
        assertTrue(link.getLink().endsWith("/s/l/" + link.getSlug()));

        GetSurveyFormResponse first = feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setLinkSlug(link.getSlug()).build());
        GetSurveyFormResponse second = feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setLinkSlug(link.getSlug()).build());
        feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setLinkSlug(link.getSlug()).build());
        feedback.getSurveyForm(GetSurveyFormRequest.newBuilder().setLinkSlug(link.getSlug()).build());
        assertFalse(first.getLinkSession().equals(second.getLinkSession()));
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setLinkSlug(link.getSlug())
                .setLinkSession(first.getLinkSession()).setScore(10).build());
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setLinkSlug(link.getSlug())
                .setLinkSession(second.getLinkSession()).setPartial(true).build());
        StatusRuntimeException twice = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setLinkSlug(link.getSlug()).setLinkSession(first.getLinkSession())
                        .setScore(3).build()));

        assertEquals(Status.Code.FAILED_PRECONDITION, twice.getStatus().getCode());
        SurveyLink stats = feedback.getSurveyLink(GetSurveyLinkRequest.newBuilder().setSurveyId(survey.getId()).build())
                .getLink();
        assertEquals(4, stats.getViews());
        assertEquals(2, stats.getStarts());
        assertEquals(1, stats.getCompleted());
        assertEquals(50.0, stats.getStartRate());
    }

    @Test
    void aSurveyTakesNoResponsesBeyondItsLimitOrOutsideItsDates() {
        Survey limited = activeInEnglishAndArabic(SurveyDetails.newBuilder().setResponseLimit(1));
        String first = Surveys.token(feedback, limited.getId());
        String second = Surveys.token(feedback, limited.getId());
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(first).setScore(9).build());

        StatusRuntimeException full = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(second).setScore(9).build()));
        assertEquals("survey " + limited.getId() + " has reached its limit of 1 responses", full.getStatus().getDescription());
        assertEquals(FormState.FORM_STATE_SURVEY_CLOSED, form(second, "", "").getState());

        Instant closesAt = Instant.now().plus(Duration.ofDays(2));
        Survey dated = activeInEnglishAndArabic(SurveyDetails.newBuilder()
                .setClosesAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(closesAt.getEpochSecond())));
        String token = Surveys.token(feedback, dated.getId());
        clock.advance(Duration.ofDays(3));
        StatusRuntimeException closed = assertThrows(StatusRuntimeException.class, () -> feedback.submitResponse(
                SubmitResponseRequest.newBuilder().setToken(token).setScore(9).build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, closed.getStatus().getCode());
    }

    @Test
    void oneReminderIsRecordedAfterTheSurveysDelayForEachUnansweredInvitation() {
        clock.setTo(Instant.parse("2031-03-01T09:00:00Z"));
        Survey survey = activeInEnglishAndArabic(SurveyDetails.newBuilder().setReminderAfterDays(3));
        String answering = Surveys.newCustomer();
        String silent = Surveys.newCustomer();
        List<String> tokens = Surveys.invite(feedback, survey.getId(), answering, silent).stream()
                .map(r -> r.getToken()).toList();
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(tokens.get(0)).setScore(9).build());

        clock.advance(Duration.ofDays(3).minusMinutes(1));
        reminders.recordDueReminders();
        assertEquals(List.of(), remindedCustomers(survey.getId()));
        clock.advance(Duration.ofMinutes(1));
        reminders.recordDueReminders();
        clock.advance(Duration.ofDays(1));
        reminders.recordDueReminders();

        assertEquals(List.of(silent), remindedCustomers(survey.getId()));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> remindedCustomers(String surveyId) {
        return entityManager.createNativeQuery(
                        "SELECT customer_id FROM invitation_reminder WHERE survey_id = :s ORDER BY customer_id")
                .setParameter("s", UUID.fromString(surveyId)).getResultList();
    }

    @Test
    void aPurposeInvitationGoesToTheActiveSurveyOfThatPurposeUnderTheFatigueRule() {
        Survey exit = activeInEnglishAndArabic(SurveyDetails.newBuilder().setPurpose(SurveyPurpose.SURVEY_PURPOSE_EXIT));
        String customer = Surveys.newCustomer();
        InviteToPurposeSurveyRequest request = InviteToPurposeSurveyRequest.newBuilder().setCustomerId(customer)
                .setPurpose(SurveyPurpose.SURVEY_PURPOSE_EXIT).setIdempotencyKey("exit-" + customer).build();

        InviteToPurposeSurveyResponse invited = feedback.inviteToPurposeSurvey(request);
        InviteToPurposeSurveyResponse retried = feedback.inviteToPurposeSurvey(request);
        InviteToPurposeSurveyResponse another = feedback.inviteToPurposeSurvey(request.toBuilder()
                .setIdempotencyKey("exit-again-" + customer).build());

        assertEquals(exit.getId(), invited.getSurveyId());
        assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, invited.getResult().getStatus());
        assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, retried.getResult().getStatus());
        assertEquals(InvitationStatus.INVITATION_STATUS_THROTTLED, another.getResult().getStatus());
        assertEquals(1L, ((Number) countInvitations(exit.getId())).longValue());
    }

    @Transactional
    Object countInvitations(String surveyId) {
        return entityManager.createNativeQuery("SELECT count(*) FROM invitation WHERE survey_id = :s")
                .setParameter("s", UUID.fromString(surveyId)).getSingleResult();
    }

    @Test
    void aPurposeWithoutAnActiveSurveyIsNotFoundAndTheKeyIsRequired() {
        StatusRuntimeException none = assertThrows(StatusRuntimeException.class, () -> feedback.inviteToPurposeSurvey(
                InviteToPurposeSurveyRequest.newBuilder().setCustomerId(Surveys.newCustomer())
                        .setPurpose(SurveyPurpose.SURVEY_PURPOSE_CHECK_IN).setIdempotencyKey("k-" + UUID.randomUUID())
                        .build()));
        StatusRuntimeException keyless = assertThrows(StatusRuntimeException.class, () -> feedback.inviteToPurposeSurvey(
                InviteToPurposeSurveyRequest.newBuilder().setCustomerId(Surveys.newCustomer())
                        .setPurpose(SurveyPurpose.SURVEY_PURPOSE_EXIT).build()));

        assertEquals(Status.Code.NOT_FOUND, none.getStatus().getCode());
        assertEquals("no active survey has the purpose CHECK_IN", none.getStatus().getDescription());
        assertEquals(Status.Code.INVALID_ARGUMENT, keyless.getStatus().getCode());
    }
}
