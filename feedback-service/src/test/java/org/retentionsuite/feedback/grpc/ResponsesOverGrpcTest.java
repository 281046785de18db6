package org.retentionsuite.feedback.grpc;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.feedback.repository.ResponseRepository;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CloseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.ResponseChannel;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

@QuarkusTest
class ResponsesOverGrpcTest {

    private static final int PARALLEL_SUBMITS = 24;

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @Inject
    ResponseRepository responses;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aResponseKeepsTheInvitationsCustomerAndLanguageTheSurveyVersionTheChannelAndTheTime() {
        Survey survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .putQuestion("nl", "Hoe was het?").build()).getSurvey();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder()
                .setSurveyId(survey.getId()).build());
        String customer = Surveys.newCustomer();
        String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey.getId())
                .addCustomerIds(customer).setLanguage("nl").build()).getResults(0).getToken();
        clock.setTo(Instant.parse("2026-09-10T12:30:00.123456Z"));

        SurveyResponse response = feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token)
                .setScore(0).setComment("  Te duur.\nEn traag.  ").setChannel(ResponseChannel.RESPONSE_CHANNEL_EMAIL)
                .build()).getResponse();

        assertEquals(SurveyResponse.newBuilder().setId(response.getId()).setSurveyId(survey.getId()).setSurveyVersion(1)
                .setCustomerId(customer).setLanguage("nl").setChannel(ResponseChannel.RESPONSE_CHANNEL_EMAIL).setScore(0)
                .setComment("Te duur.\nEn traag.")
                .setCompletedAt(Timestamp.newBuilder().setSeconds(
                        Instant.parse("2026-09-10T12:30:00Z").getEpochSecond()).setNanos(123_456_000))
                .setStatus(org.retentionsuite.proto.feedback.v1.ResponseStatus.RESPONSE_STATUS_COMPLETED)
                .setStartedAt(Timestamp.newBuilder().setSeconds(
                        Instant.parse("2026-09-10T12:30:00Z").getEpochSecond()).setNanos(123_456_000))
                .build(), response);
        assertEquals(1, responses.count("id", UUID.fromString(response.getId())));
    }

    @Test
    void withoutAChannelTheResponseCameFromTheWebAndWithoutALanguageInTheSurveysDefault() {
        Survey survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CES);

        SurveyResponse response = submit(Surveys.token(feedback, survey.getId()), 7);

        assertEquals(ResponseChannel.RESPONSE_CHANNEL_WEB, response.getChannel());
        assertEquals("en", response.getLanguage());
        assertEquals("", response.getComment());
    }

    @Test
    void aScoreOffTheKindsScaleIsRefusedNamingScoreAndTheTokenStaysUnused() {
        String nps = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String csat = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        String ces = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CES).getId();
        String npsToken = Surveys.token(feedback, nps);

        assertInvalidScore("is not on the NPS scale 0-10", npsToken, 11);
        assertInvalidScore("is not on the NPS scale 0-10", npsToken, -1);
        assertInvalidScore("is not on the CSAT scale 1-5", Surveys.token(feedback, csat), 0);
        assertInvalidScore("is not on the CSAT scale 1-5", Surveys.token(feedback, csat), 6);
        assertInvalidScore("is not on the CES scale 1-7", Surveys.token(feedback, ces), 8);
        assertEquals(10, submit(npsToken, 10).getScore());
    }

    @Test
    void aResponseWithoutAScoreIsRefused() {
        String token = Surveys.token(feedback, Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).build()));

        assertEquals(Map.of("score", "is required"), fieldViolations(refused));
    }

    @Test
    void ofManyParallelSubmitsOfOneTokenExactlyOneIsRecordedAndTheOthersAreToldItWasUsed() throws Exception {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String token = Surveys.token(feedback, surveyId);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> submits = new ArrayList<>();
        for (int i = 0; i < PARALLEL_SUBMITS; i++) {
            int score = i % 11;
            submits.add(() -> {
                start.await();
                try {
                    return submit(token, score);
                } catch (StatusRuntimeException refused) {
                    return refused;
                }
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_SUBMITS);
        List<Future<Object>> outcomes = submits.stream().map(pool::submit).toList();
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdownNow();

        List<SurveyResponse> recorded = results.stream().filter(SurveyResponse.class::isInstance)
                .map(SurveyResponse.class::cast).toList();
        assertEquals(1, recorded.size());
        String used = "the invitation token was already used: a response was recorded at "
                + Instant.ofEpochSecond(recorded.get(0).getCompletedAt().getSeconds(), recorded.get(0).getCompletedAt().getNanos());
        for (Object result : results) {
            if (result instanceof StatusRuntimeException refused) {
                assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
                assertEquals(used, refused.getStatus().getDescription());
            }
        }
        assertEquals(1, responses.count("surveyId", UUID.fromString(surveyId)));
    }

    @Test
    void anExpiredTokenAndAUsedTokenAreRefusedWithDifferentMessages() {
        clock.setTo(Instant.parse("2026-04-01T09:00:00Z"));
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        String expiring = Surveys.token(feedback, surveyId);
        String used = Surveys.token(feedback, surveyId);
        submit(used, 5);

        StatusRuntimeException usedAgain = assertThrows(StatusRuntimeException.class, () -> submit(used, 4));
        clock.advance(Duration.ofDays(14));
        StatusRuntimeException expired = assertThrows(StatusRuntimeException.class, () -> submit(expiring, 4));

        assertEquals(Status.Code.FAILED_PRECONDITION, usedAgain.getStatus().getCode());
        assertEquals("the invitation token was already used: a response was recorded at 2026-04-01T09:00:00Z",
                usedAgain.getStatus().getDescription());
        assertEquals(Status.Code.FAILED_PRECONDITION, expired.getStatus().getCode());
        assertEquals("the invitation token expired at 2026-04-15T09:00:00Z", expired.getStatus().getDescription());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> submit("no-such-token", 5));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("no invitation has this token", refused.getStatus().getDescription());
    }

    @Test
    void aClosedSurveyTakesNoResponses() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String token = Surveys.token(feedback, surveyId);
        feedback.closeSurvey(CloseSurveyRequest.newBuilder().setSurveyId(surveyId).build());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> submit(token, 9));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("survey " + surveyId + " is closed and takes no responses", refused.getStatus().getDescription());
    }

    private SurveyResponse submit(String token, int score) {
        return feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(score).build())
                .getResponse();
    }

    private void assertInvalidScore(String description, String token, int score) {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> submit(token, score));
        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("score", description), fieldViolations(refused));
    }
}
