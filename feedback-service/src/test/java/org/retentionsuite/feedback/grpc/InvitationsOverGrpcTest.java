package org.retentionsuite.feedback.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.feedback.domain.InvitationToken;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.InvitationResult;
import org.retentionsuite.proto.feedback.v1.InvitationStatus;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.PauseSurveyRequest;
import org.retentionsuite.proto.feedback.v1.SurveyKind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

@QuarkusTest
class InvitationsOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachInvitedCustomerGetsADifferentUrlSafeTokenOfAtLeast128BitsAndALinkWithIt() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String[] customers = IntStream.range(0, 50).mapToObj(i -> Surveys.newCustomer()).toArray(String[]::new);

        List<InvitationResult> results = Surveys.invite(feedback, surveyId, customers);

        assertEquals(List.of(customers), results.stream().map(InvitationResult::getCustomerId).toList());
        Set<String> tokens = results.stream().map(InvitationResult::getToken).collect(Collectors.toSet());
        assertEquals(50, tokens.size());
        for (InvitationResult result : results) {
            assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, result.getStatus());
            assertTrue(result.getToken().matches("[A-Za-z0-9_-]+"), result.getToken());
            assertTrue(Base64.getUrlDecoder().decode(result.getToken()).length * 8 >= 128);
            assertEquals("http://localhost:8080/s/" + result.getToken(), result.getLink());
        }
    }

    @Test
    void onlyTheHashOfATokenIsStoredAndTheInvitationExpiresAfterFourteenDays() {
        clock.setTo(Instant.parse("2026-05-04T10:00:00Z"));
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        String customer = Surveys.newCustomer();

        InvitationResult result = Surveys.invite(feedback, surveyId, customer).get(0);

        assertEquals(Instant.parse("2026-05-18T10:00:00Z").getEpochSecond(), result.getExpiresAt().getSeconds());
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT token_hash, language, CAST(row_to_json(i) AS text) FROM invitation i WHERE customer_id = :c")
                .setParameter("c", customer).getSingleResult());
        assertArrayEquals(InvitationToken.hashOf(result.getToken()), (byte[]) row[0]);
        assertEquals("en", row[1]);
        assertFalse(((String) row[2]).contains(result.getToken()), "the token is stored in the clear");
    }

    @Test
    void aCustomerInvitedToAnySurveyWithinTheCoolDownIsReportedThrottledWithoutAToken() {
        String first = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String second = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CES).getId();
        String customer = Surveys.newCustomer();
        String other = Surveys.newCustomer();
        Surveys.invite(feedback, first, customer);
        clock.advance(Duration.ofDays(29));

        List<InvitationResult> results = Surveys.invite(feedback, second, customer, other);

        assertEquals(InvitationResult.newBuilder().setCustomerId(customer)
                .setStatus(InvitationStatus.INVITATION_STATUS_THROTTLED).build(), results.get(0));
        assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, results.get(1).getStatus());
        assertEquals(1L, invitationsOf(customer));
    }

    @Test
    void aCustomerIsInvitedAgainOnceTheCoolDownHasPassed() {
        clock.setTo(Instant.parse("2026-06-01T08:00:00Z"));
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        Surveys.invite(feedback, surveyId, customer);

        clock.setTo(Instant.parse("2026-07-01T08:00:00Z"));
        InvitationResult result = Surveys.invite(feedback, surveyId, customer).get(0);

        assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, result.getStatus());
        assertEquals(2L, invitationsOf(customer));
    }

    @Test
    void aSurveyMayShortenTheCoolDown() {
        String surveyId = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS)
                .setInvitationCoolDownDays(3).build()).getSurvey().getId();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder()
                .setSurveyId(surveyId).build());
        String customer = Surveys.newCustomer();
        Surveys.invite(feedback, surveyId, customer);

        clock.advance(Duration.ofDays(2));
        assertEquals(InvitationStatus.INVITATION_STATUS_THROTTLED, Surveys.invite(feedback, surveyId, customer).get(0).getStatus());
        clock.advance(Duration.ofDays(1));
        assertEquals(InvitationStatus.INVITATION_STATUS_INVITED, Surveys.invite(feedback, surveyId, customer).get(0).getStatus());
    }

    @Test
    void ofConcurrentInvitationsOfOneCustomerExactlyOneInvites() throws Exception {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String customer = Surveys.newCustomer();
        List<Callable<InvitationStatus>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> Surveys.invite(feedback, surveyId, customer).get(0).getStatus());
        }

        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<InvitationStatus> statuses = new ArrayList<>();
        try {
            for (Future<InvitationStatus> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, statuses.stream().filter(InvitationStatus.INVITATION_STATUS_INVITED::equals).count());
        assertEquals(9, statuses.stream().filter(InvitationStatus.INVITATION_STATUS_THROTTLED::equals).count());
        assertEquals(1L, invitationsOf(customer));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyInvitesNobodyTwiceAndReissuesTheTokens() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String invited = Surveys.newCustomer();
        String throttled = Surveys.newCustomer();
        Surveys.invite(feedback, surveyId, throttled);
        InviteCustomersRequest request = InviteCustomersRequest.newBuilder().setSurveyId(surveyId)
                .addCustomerIds(invited).addCustomerIds(throttled).setIdempotencyKey("batch-" + invited).build();

        List<InvitationResult> first = feedback.inviteCustomers(request).getResultsList();
        List<InvitationResult> retry = feedback.inviteCustomers(request).getResultsList();

        assertEquals(List.of(InvitationStatus.INVITATION_STATUS_INVITED, InvitationStatus.INVITATION_STATUS_THROTTLED),
                retry.stream().map(InvitationResult::getStatus).toList());
        assertEquals(first.get(0).getExpiresAt(), retry.get(0).getExpiresAt());
        assertNotEquals(first.get(0).getToken(), retry.get(0).getToken());
        assertEquals(1L, invitationsOf(invited));
        assertEquals(1L, invitationsOf(throttled));
    }

    @Test
    void anIdempotencyKeyReusedForAnotherRequestIsRefused() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String key = "batch-" + Surveys.newCustomer();
        feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(surveyId)
                .addCustomerIds(Surveys.newCustomer()).setIdempotencyKey(key).build());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.inviteCustomers(
                InviteCustomersRequest.newBuilder().setSurveyId(surveyId)
                        .addCustomerIds(Surveys.newCustomer()).setIdempotencyKey(key).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("idempotency_key", "was used before for a different request"), fieldViolations(refused));
    }

    @Test
    void onlyAnActiveSurveyTakesInvitations() {
        CreateSurveyRequest draft = Surveys.draft(SurveyKind.SURVEY_KIND_NPS).build();
        String draftId = feedback.createSurvey(draft).getSurvey().getId();
        String pausedId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        feedback.pauseSurvey(PauseSurveyRequest.newBuilder().setSurveyId(pausedId).build());

        StatusRuntimeException toDraft = assertThrows(StatusRuntimeException.class,
                () -> Surveys.invite(feedback, draftId, Surveys.newCustomer()));
        StatusRuntimeException toPaused = assertThrows(StatusRuntimeException.class,
                () -> Surveys.invite(feedback, pausedId, Surveys.newCustomer()));

        assertEquals(Status.Code.FAILED_PRECONDITION, toDraft.getStatus().getCode());
        assertEquals("survey " + draftId + " is draft and takes no invitations", toDraft.getStatus().getDescription());
        assertEquals("survey " + pausedId + " is paused and takes no invitations", toPaused.getStatus().getDescription());
    }

    @Test
    void aBatchOfExactlyTheLimitIsInvitedInOneRequest() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String[] customers = IntStream.range(0, 1000).mapToObj(i -> Surveys.newCustomer()).toArray(String[]::new);

        List<InvitationResult> results = Surveys.invite(feedback, surveyId, customers);

        assertEquals(1000, results.stream().filter(r -> r.getStatus() == InvitationStatus.INVITATION_STATUS_INVITED).count());
        assertEquals(1000, results.stream().map(InvitationResult::getToken).distinct().count());
    }

    @Test
    void aBatchOverTheLimitOrWithACustomerTwiceIsRefused() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        String[] tooMany = IntStream.range(0, 1001).mapToObj(i -> "C-" + i).toArray(String[]::new);

        StatusRuntimeException overLimit = assertThrows(StatusRuntimeException.class,
                () -> Surveys.invite(feedback, surveyId, tooMany));
        StatusRuntimeException twice = assertThrows(StatusRuntimeException.class,
                () -> Surveys.invite(feedback, surveyId, "C-1", "C-2", "C-1", " "));
        StatusRuntimeException language = assertThrows(StatusRuntimeException.class,
                () -> feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(surveyId)
                        .addCustomerIds(Surveys.newCustomer()).setLanguage("de").build()));

        assertEquals(Map.of("customer_ids", "has more than 1000 customers; send them in batches"), fieldViolations(overLimit));
        assertEquals(Map.of("customer_ids[2]", "is listed twice", "customer_ids[3]", "is required"),
                fieldViolations(twice));
        assertEquals(Map.of("language", "is not offered by the survey (offered: en)"), fieldViolations(language));
    }

    private long invitationsOf(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM invitation WHERE customer_id = :c").setParameter("c", customer)
                .getSingleResult()).longValue());
    }
}
