package org.retentionsuite.feedback.outbox;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyIncentive;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyResponse;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A completed response reaches loyalty (the incentive) and segmentation (the score), also across an outage. */
@QuarkusTest
class CompletionForwardingTest {

    private static final String PROGRAM = "7d2f8a4e-52a1-4b8e-9c57-0c4d8c1e1a11";

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    OutboxRelay relay;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void deliverWhatOtherTestsLeft() {
        drain();
    }

    @AfterEach
    void restore() {
        LoyaltyReceiver.down = false;
        LoyaltyReceiver.unknownCustomer = null;
        SegmentationReceiver.down = false;
        clock.reset();
        drain();
    }

    @Test
    void aCompletedResponseEarnsTheIncentiveAndSendsItsScoreToSegmentation() {
        Survey survey = surveyWithIncentive("");
        String customer = "C-" + UUID.randomUUID();
        SurveyResponse response = answer(survey, customer, 9);

        drain();

        RecordEventRequest award = LoyaltyReceiver.AWARDED.get(response.getId());
        assertEquals(RecordEventRequest.newBuilder().setProgramId(PROGRAM).setCustomerId(customer)
                .setEventKey("survey_completed").setIdempotencyKey(response.getId())
                .setOccurredAt(response.getCompletedAt()).build(), award);
        Activity signal = SegmentationReceiver.RECEIVED.get(response.getId());
        assertEquals(customer, signal.getCustomerId());
        assertEquals(ActivityType.ACTIVITY_TYPE_FEEDBACK, signal.getType());
        assertEquals(FeedbackKind.FEEDBACK_KIND_NPS, signal.getFeedback().getKind());
        assertEquals(9, signal.getFeedback().getScore());
        assertEquals(survey.getId(), signal.getFeedback().getSurveyId());
        assertEquals(response.getId(), signal.getFeedback().getResponseId());
        assertEquals(0, waiting(response.getId()));
    }

    @Test
    void aSurveyWithoutAnIncentiveSendsOnlyTheSignal() {
        Survey survey = feedback.createSurvey(draft().build()).getSurvey();
        activate(survey);
        SurveyResponse response = answer(survey, "C-" + UUID.randomUUID(), 4);

        drain();

        assertFalse(LoyaltyReceiver.CALLS.contains(response.getId()));
        assertEquals(4, SegmentationReceiver.RECEIVED.get(response.getId()).getFeedback().getScore());
    }

    @Test
    void whileLoyaltyIsDownThePointsWaitWithABackOffAndArriveOnceItIsBack() {
        Survey survey = surveyWithIncentive("feedback_given");
        clock.setTo(Instant.parse("2026-10-01T10:00:00Z"));
        LoyaltyReceiver.down = true;
        SurveyResponse response = answer(survey, "C-" + UUID.randomUUID(), 10);

        relay.runOnce(CompletionOutbox.LOYALTY);
        relay.runOnce(CompletionOutbox.LOYALTY); // not due yet: the back-off holds it
        clock.advance(Duration.ofSeconds(1));
        relay.runOnce(CompletionOutbox.LOYALTY);
        assertEquals(2, Collections.frequency(LoyaltyReceiver.CALLS, response.getId()));
        assertNull(LoyaltyReceiver.AWARDED.get(response.getId()));
        assertEquals(2, waiting(response.getId())); // the incentive, and the signal no relay pass has sent yet

        LoyaltyReceiver.down = false;
        clock.advance(Duration.ofSeconds(1)); // the second failure doubled the wait to 2 s
        relay.runOnce(CompletionOutbox.LOYALTY);
        assertEquals(2, Collections.frequency(LoyaltyReceiver.CALLS, response.getId()));
        clock.advance(Duration.ofSeconds(1));
        relay.runOnce(CompletionOutbox.LOYALTY);
        relay.runOnce(CompletionOutbox.LOYALTY);

        assertEquals(3, Collections.frequency(LoyaltyReceiver.CALLS, response.getId()));
        assertEquals("feedback_given", LoyaltyReceiver.AWARDED.get(response.getId()).getEventKey());
        relay.runOnce(CompletionOutbox.SEGMENTATION);
        assertEquals(0, waiting(response.getId()));
    }

    @Test
    void anEventLoyaltyRefusesIsSetAsideWithTheReasonAndNotRetried() {
        Survey survey = surveyWithIncentive("");
        String stranger = "C-" + UUID.randomUUID();
        LoyaltyReceiver.unknownCustomer = stranger;
        SurveyResponse response = answer(survey, stranger, 8);

        drain();
        clock.advance(Duration.ofHours(1));
        drain();

        assertEquals(1, Collections.frequency(LoyaltyReceiver.CALLS, response.getId()));
        assertEquals("NOT_FOUND: customer " + stranger + " is no member of the programme", QuarkusTransaction.requiringNew()
                .call(() -> entityManager.createNativeQuery("SELECT last_error FROM outbox_event WHERE event_key = ?1 "
                        + "AND destination = 'loyalty' AND dead_at IS NOT NULL").setParameter(1, response.getId())
                        .getSingleResult()));
        assertEquals(response.getId(), SegmentationReceiver.RECEIVED.get(response.getId()).getEventId());
    }

    @Test
    void deliveredEventsArePurgedAfterTheRetentionAndWaitingOnesStay() {
        Survey survey = surveyWithIncentive("");
        SurveyResponse delivered = answer(survey, "C-" + UUID.randomUUID(), 9);
        drain();
        LoyaltyReceiver.down = true;
        SurveyResponse waiting = answer(survey, "C-" + UUID.randomUUID(), 9);
        relay.runOnce(CompletionOutbox.LOYALTY);

        clock.advance(Duration.ofDays(8));
        relay.purgeDelivered();

        assertEquals(0L, events(delivered.getId()));
        assertEquals(2L, events(waiting.getId())); // the incentive and the signal, both still waiting
    }

    @Test
    void anIncentiveNeedsAProgrammeIdAndAValidEventKey() {
        io.grpc.StatusRuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(
                io.grpc.StatusRuntimeException.class, () -> feedback.createSurvey(draft()
                        .setIncentive(SurveyIncentive.newBuilder().setProgramId("loyalty").setEventKey("Survey Done")).build()));

        assertEquals(java.util.Map.of("incentive.program_id", "is not an id (a UUID)", "incentive.event_key",
                        "must be lower-case letters, digits, '_', '.' or '-' (at most 64), such as \"survey_completed\""),
                fieldViolations(refused));
    }

    private Survey surveyWithIncentive(String eventKey) {
        Survey survey = feedback.createSurvey(draft()
                .setIncentive(SurveyIncentive.newBuilder().setProgramId(PROGRAM).setEventKey(eventKey)).build()).getSurvey();
        assertEquals(eventKey.isEmpty() ? "survey_completed" : eventKey, survey.getIncentive().getEventKey());
        activate(survey);
        return survey;
    }

    private static CreateSurveyRequest.Builder draft() {
        return CreateSurveyRequest.newBuilder().setName("After the visit").setKind(SurveyKind.SURVEY_KIND_NPS)
                .setDefaultLanguage("en").putQuestion("en", "Would you recommend us?");
    }

    private void activate(Survey survey) {
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey.getId()).build());
    }

    private SurveyResponse answer(Survey survey, String customer, int score) {
        String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey.getId())
                .addCustomerIds(customer).build()).getResults(0).getToken();
        return feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(score).build())
                .getResponse();
    }

    private static java.util.Map<String, String> fieldViolations(io.grpc.StatusRuntimeException e) {
        try {
            return io.grpc.protobuf.StatusProto.fromThrowable(e).getDetails(0).unpack(com.google.rpc.BadRequest.class)
                    .getFieldViolationsList().stream().collect(java.util.stream.Collectors.toMap(
                            com.google.rpc.BadRequest.FieldViolation::getField,
                            com.google.rpc.BadRequest.FieldViolation::getDescription));
        } catch (com.google.protobuf.InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }

    private void drain() {
        while (relay.runOnce(CompletionOutbox.LOYALTY) > 0) {
            // until nothing is due
        }
        while (relay.runOnce(CompletionOutbox.SEGMENTATION) > 0) {
            // until nothing is due
        }
    }

    private long waiting(String responseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND delivered_at IS NULL AND dead_at IS NULL")
                .setParameter(1, responseId).getSingleResult()).longValue());
    }

    private long events(String responseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM outbox_event WHERE event_key = ?1").setParameter(1, responseId).getSingleResult())
                .longValue());
    }
}
