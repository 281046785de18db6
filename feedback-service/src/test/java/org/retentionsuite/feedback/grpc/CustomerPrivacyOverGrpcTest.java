package org.retentionsuite.feedback.grpc;

import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.feedback.v1.AddCaseNoteRequest;
import org.retentionsuite.proto.feedback.v1.ClosedLoopServiceGrpc.ClosedLoopServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.ExportCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ExportCustomerResponse;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FollowUpCase;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.feedback.v1.ForgetCustomerResponse;
import org.retentionsuite.proto.feedback.v1.GetCaseRequest;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackRequest;
import org.retentionsuite.proto.feedback.v1.GetCustomerFeedbackResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.MetricsBucket;
import org.retentionsuite.proto.feedback.v1.ResponseStatus;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

/** The customer's feedback for the 360 view, its export, and forgetting it with the metrics unchanged. */
@QuarkusTest
class CustomerPrivacyOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @GrpcClient("feedback")
    ClosedLoopServiceBlockingStub closedLoop;

    @Inject
    EntityManager entityManager;

    @Test
    void theCustomersRecentResponsesAndOpenCasesMakeTheir360View() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        SurveyResponse unhappy = answer(survey, customer, 3, "Slow");
        String noCoolDown = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_CSAT).setInvitationCoolDownDays(0)
                .build()).getSurvey().getId();
        feedback.activateSurvey(org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest.newBuilder()
                .setSurveyId(noCoolDown).build());
        SurveyResponse happy = answer(noCoolDown, customer, 5, "");

        GetCustomerFeedbackResponse view = feedback.getCustomerFeedback(
                GetCustomerFeedbackRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(List.of(happy.getId(), unhappy.getId()),
                view.getRecentResponsesList().stream().map(SurveyResponse::getId).toList());
        assertEquals(List.of(unhappy.getId()), view.getOpenCasesList().stream().map(FollowUpCase::getResponseId).toList());
        assertEquals(1, feedback.getCustomerFeedback(GetCustomerFeedbackRequest.newBuilder().setCustomerId(customer)
                .setLimit(1).build()).getRecentResponsesCount());
    }

    @Test
    void anExportHoldsTheResponsesWithTheirCommentsAndTheCasesWithTheirNotes() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        SurveyResponse response = answer(survey, customer, 0, "Never again");
        FollowUpCase followUp = noted(customer, "Offered a voucher");

        ExportCustomerResponse export = feedback.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(customer, export.getCustomerId());
        assertEquals(List.of(response), export.getResponsesList());
        assertEquals(List.of(followUp), export.getCasesList());
        assertEquals("Offered a voucher", export.getCases(0).getNotes(0).getText());
    }

    @Test
    void forgettingErasesTheOpenTextAnswersAndKeepsTheRatings() {
        String survey = feedback.activateSurvey(org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest.newBuilder()
                .setSurveyId(feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setDetails(
                        org.retentionsuite.proto.feedback.v1.SurveyDetails.newBuilder()
                                .addQuestions(org.retentionsuite.proto.feedback.v1.Question.newBuilder().setId("why")
                                        .setType(org.retentionsuite.proto.feedback.v1.QuestionType.QUESTION_TYPE_OPEN_TEXT)
                                        .putText("en", "Why?"))
                                .addQuestions(org.retentionsuite.proto.feedback.v1.Question.newBuilder().setId("stars")
                                        .setType(org.retentionsuite.proto.feedback.v1.QuestionType.QUESTION_TYPE_RATING)
                                        .putText("en", "Stars?")))
                        .build()).getSurvey().getId()).build()).getSurvey().getId();
        String customer = Surveys.newCustomer();
        String token = Surveys.invite(feedback, survey, customer).get(0).getToken();
        String responseId = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(3)
                .addAnswers(org.retentionsuite.proto.feedback.v1.Answer.newBuilder().setQuestionId("why")
                        .setText("I am Jo Bloggs from Leeds"))
                .addAnswers(org.retentionsuite.proto.feedback.v1.Answer.newBuilder().setQuestionId("stars").setRating(2))
                .build()).getResponse().getId();

        feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(List.of("stars 2 null", "why null null"), answersOf(responseId));
    }

    @jakarta.transaction.Transactional
    List<String> answersOf(String responseId) {
        return ((List<?>) entityManager.createNativeQuery(
                        "SELECT question_id, rating, text FROM response_answer WHERE response_id = :r ORDER BY question_id")
                .setParameter("r", java.util.UUID.fromString(responseId)).getResultList()).stream()
                .map(row -> {
                    Object[] c = (Object[]) row;
                    return c[0] + " " + c[1] + " " + c[2];
                }).toList();
    }

    @Test
    void aStartedResponseIsLeftOutOfThe360ViewAndMarkedStartedInTheExport() {
        String completedSurvey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        SurveyResponse completed = answer(completedSurvey, customer, 9, "Fine");
        String startedSurvey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).setInvitationCoolDownDays(0)
                .build()).getSurvey().getId();
        feedback.activateSurvey(org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest.newBuilder()
                .setSurveyId(startedSurvey).build());
        String token = Surveys.invite(feedback, startedSurvey, customer).get(0).getToken();
        SurveyResponse started = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(4)
                .setComment("Half way").setPartial(true).build()).getResponse();

        GetCustomerFeedbackResponse view = feedback.getCustomerFeedback(
                GetCustomerFeedbackRequest.newBuilder().setCustomerId(customer).build());
        ExportCustomerResponse export = feedback.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(List.of(completed.getId()), view.getRecentResponsesList().stream().map(SurveyResponse::getId).toList());
        assertEquals(List.of(started.getId(), completed.getId()),
                export.getResponsesList().stream().map(SurveyResponse::getId).toList());
        assertEquals(ResponseStatus.RESPONSE_STATUS_STARTED, export.getResponses(0).getStatus());
        assertFalse(export.getResponses(0).hasCompletedAt());
        assertEquals("Half way", export.getResponses(0).getComment());
        assertEquals(ResponseStatus.RESPONSE_STATUS_COMPLETED, export.getResponses(1).getStatus());
    }

    @Test
    void forgettingRemovesIdentityAndFreeTextKeepsTheMetricsAndIsSafeToRepeat() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        answer(survey, customer, 2, "My name is Jo Bloggs and the parcel was late");
        answer(survey, Surveys.newCustomer(), 10, "Great");
        Surveys.invite(feedback, survey, Surveys.newCustomer());
        FollowUpCase followUp = noted(customer, "Jo said she will call back");
        GetSurveyMetricsResponse before = metrics(survey);

        ForgetCustomerResponse forgotten = feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(ForgetCustomerResponse.newBuilder().setResponsesAnonymised(1).setInvitationsForgotten(1)
                .setCasesAnonymised(1).build(), forgotten);
        assertEquals(before, metrics(survey));
        assertEquals(0, feedback.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customer).build())
                .getResponsesCount());
        FollowUpCase anonymised = closedLoop.getCase(GetCaseRequest.newBuilder().setCaseId(followUp.getId()).build())
                .getFollowUpCase();
        assertTrue(anonymised.getCustomerId().startsWith("forgotten-"));
        assertEquals("", anonymised.getComment());
        assertEquals("", anonymised.getNotes(0).getText());
        assertEquals(2, anonymised.getScore());
        assertEquals(0L, rows("SELECT count(*) FROM response WHERE customer_id = ?1 OR comment LIKE '%Jo Bloggs%'", customer));
        assertEquals(0L, rows("SELECT count(*) FROM invitation WHERE customer_id = ?1", customer));
        assertEquals(0L, rows("SELECT count(*) FROM customer_contact WHERE customer_id = ?1", customer));
        assertFalse(anonymised.getCustomerId().contains(customer));

        assertEquals(ForgetCustomerResponse.getDefaultInstance(),
                feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(customer).build()));
        assertEquals(before, metrics(survey));
    }

    @Test
    void aMissingCustomerIdIsRefused() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(" ").build()));

        assertEquals(Map.of("customer_id", "is required"), fieldViolations(refused));
    }

    private FollowUpCase noted(String customer, String text) {
        FollowUpCase open = feedback.getCustomerFeedback(GetCustomerFeedbackRequest.newBuilder().setCustomerId(customer)
                .build()).getOpenCases(0);
        return closedLoop.addCaseNote(AddCaseNoteRequest.newBuilder().setCaseId(open.getId()).setAuthor("ana")
                .setText(text).setIdempotencyKey("note-1").build()).getFollowUpCase();
    }

    private SurveyResponse answer(String survey, String customer, int score, String comment) {
        String token = Surveys.invite(feedback, survey, customer).get(0).getToken();
        return feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(score)
                .setComment(comment).build()).getResponse();
    }

    private GetSurveyMetricsResponse metrics(String survey) {
        return feedback.getSurveyMetrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(survey)
                .setBucket(MetricsBucket.METRICS_BUCKET_DAY).build());
    }

    private long rows(String sql, String customer) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).setParameter(1, customer).getSingleResult()).longValue());
    }
}
