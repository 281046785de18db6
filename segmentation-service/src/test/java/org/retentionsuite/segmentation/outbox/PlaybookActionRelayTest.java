package org.retentionsuite.segmentation.outbox;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.feedback.v1.SurveyPurpose;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.PlaybookAction;
import org.retentionsuite.proto.segmentation.v1.PlaybookActionKind;
import org.retentionsuite.proto.segmentation.v1.PlaybookServiceGrpc.PlaybookServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.PlaybookSurveyPurpose;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentRule;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.MovableClock;
import org.retentionsuite.segmentation.domain.playbook.ControlGroupProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Playbook actions reach loyalty and feedback through the outbox, once each, also across an outage. */
@QuarkusTest
class PlaybookActionRelayTest {

    @GrpcClient("segmentation")
    PlaybookServiceBlockingStub playbooks;

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub activity;

    @Inject
    ActionRelay relay;

    @Inject
    OutboxRepository outbox;

    @Inject
    MovableClock clock;

    @BeforeEach
    @AfterEach
    void deliverWhatOthersLeft() {
        LoyaltyReceiver.down = false;
        LoyaltyReceiver.unknownProgram = null;
        clock.reset();
        clock.advance(Duration.ofDays(1));
        while (relay.runOnce() > 0) {
            clock.advance(Duration.ofHours(1));
        }
        clock.reset();
    }

    @Test
    void bonusPointsArriveOncePerRunAfterAnOutageOfLoyalty() {
        String p = "bonus-" + UUID.randomUUID() + "-";
        playbook(p, PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS)
                .setProgramId("prog-1").setPoints(250).build());
        LoyaltyReceiver.down = true;

        purchase(p + "a", p + "b", p + "c");
        assertEquals(3, relay.runOnce());
        assertEquals(Map.of(), applied(p));
        LoyaltyReceiver.down = false;
        clock.advance(Duration.ofMinutes(1));
        assertEquals(3, relay.runOnce());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, relay.runOnce());

        Map<String, AdjustPointsRequest> applied = applied(p);
        assertEquals(Map.of(p + "a", 250L, p + "b", 250L, p + "c", 250L), applied.values().stream()
                .collect(Collectors.toMap(AdjustPointsRequest::getCustomerId, AdjustPointsRequest::getPoints)));
        applied.values().forEach(request -> {
            assertEquals("prog-1", request.getProgramId());
            assertEquals("playbook:" + p, request.getReason());
            assertEquals(2, calls(request.getIdempotencyKey()));
            OutboxEvent event = event(request.getIdempotencyKey());
            assertEquals(2, event.attempts());
            assertNotNull(event.deliveredAt());
        });
    }

    @Test
    void anActionLoyaltyRefusesIsSetAsideWithTheReason() {
        String p = "refused-" + UUID.randomUUID() + "-";
        playbook(p, PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS)
                .setProgramId("prog-" + p).setPoints(10).build());
        LoyaltyReceiver.unknownProgram = "prog-" + p;

        purchase(p + "a");
        relay.runOnce();

        String key = LoyaltyReceiver.CALLS.stream().filter(r -> r.getCustomerId().equals(p + "a")).findFirst()
                .orElseThrow().getIdempotencyKey();
        OutboxEvent event = event(key);
        assertNotNull(event.deadAt());
        assertNull(event.deliveredAt());
        assertEquals("NOT_FOUND: no programme prog-" + p, event.lastError());
        clock.advance(Duration.ofDays(1));
        relay.runOnce();
        assertEquals(1, calls(key));
    }

    @Test
    void aRewardOfferReachesLoyaltyOncePerRunAfterAnOutageAndNeverForTheControlGroup() {
        String p = "offer-" + UUID.randomUUID() + "-";
        String reward = UUID.randomUUID().toString();
        String playbookId = playbook(p, PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER)
                .setProgramId("prog-1").setRewardId(reward).build(), 0.3);
        List<String> customers = IntStream.range(0, 20).mapToObj(i -> p + i).toList();
        Set<String> treated = customers.stream().filter(c -> !ControlGroupProbe.contains(playbookId, c, 0.3))
                .collect(Collectors.toSet());
        assertTrue(!treated.isEmpty() && treated.size() < customers.size(), "20 customers split at 30 %");
        LoyaltyReceiver.down = true;

        purchase(customers.toArray(String[]::new));
        assertEquals(treated.size(), relay.runOnce());
        assertEquals(Map.of(), offered(p));
        LoyaltyReceiver.down = false;
        clock.advance(Duration.ofMinutes(1));
        assertEquals(treated.size(), relay.runOnce());
        clock.advance(Duration.ofHours(1));
        assertEquals(0, relay.runOnce());

        Map<String, OfferRewardRequest> offered = offered(p);
        assertEquals(treated, offered.values().stream().map(OfferRewardRequest::getCustomerId).collect(Collectors.toSet()));
        assertEquals(treated.size(), offered.size());
        offered.values().forEach(request -> {
            assertEquals("prog-1", request.getProgramId());
            assertEquals(reward, request.getRewardId());
            assertEquals("playbook:" + p, request.getReason());
            assertEquals(2, LoyaltyReceiver.OFFER_CALLS.stream()
                    .filter(r -> r.getIdempotencyKey().equals(request.getIdempotencyKey())).count());
            OutboxEvent event = event(request.getIdempotencyKey());
            assertEquals(PlaybookOutbox.LOYALTY_REWARD, event.destination());
            assertEquals(2, event.attempts());
            assertNotNull(event.deliveredAt());
        });
    }

    @Test
    void aRewardOfferOfAProgrammeLoyaltyDoesNotKnowIsSetAsideWithTheReason() {
        String p = "offer-refused-" + UUID.randomUUID() + "-";
        playbook(p, PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER)
                .setProgramId("prog-" + p).setRewardId(UUID.randomUUID().toString()).build(), 0);
        LoyaltyReceiver.unknownProgram = "prog-" + p;

        purchase(p + "a");
        relay.runOnce();

        String key = LoyaltyReceiver.OFFER_CALLS.stream().filter(r -> r.getCustomerId().equals(p + "a")).findFirst()
                .orElseThrow().getIdempotencyKey();
        OutboxEvent event = event(key);
        assertNotNull(event.deadAt());
        assertNull(event.deliveredAt());
        assertEquals("NOT_FOUND: no programme prog-" + p, event.lastError());
    }

    @Test
    void anExitSurveyInvitationReachesFeedback() {
        String p = "survey-" + UUID.randomUUID() + "-";
        playbook(p, PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_SURVEY_INVITATION)
                .setSurveyPurpose(PlaybookSurveyPurpose.PLAYBOOK_SURVEY_PURPOSE_EXIT).build());

        purchase(p + "a");
        relay.runOnce();

        var invited = FeedbackReceiver.INVITED.values().stream().filter(r -> r.getCustomerId().equals(p + "a")).toList();
        assertEquals(1, invited.size());
        assertEquals(SurveyPurpose.SURVEY_PURPOSE_EXIT, invited.get(0).getPurpose());
        assertNotNull(event(invited.get(0).getIdempotencyKey()).deliveredAt());
    }

    private void playbook(String prefix, PlaybookAction action) {
        playbook(prefix, action, 0);
    }

    private String playbook(String prefix, PlaybookAction action, double controlShare) {
        String segment = segments.createSegment(CreateSegmentRequest.newBuilder().setName("buyers " + prefix)
                .setRule(SegmentRule.newBuilder().setField("customerId").setOperator("startsWith").addValues(prefix))
                .build()).getSegment().getId();
        return playbooks.createPlaybook(CreatePlaybookRequest.newBuilder().setName(prefix)
                .setTrigger(PlaybookTrigger.newBuilder().setSegmentId(segment))
                .setAction(action).setCooldownDays(30).setControlShare(controlShare).build()).getPlaybook().getId();
    }

    private void purchase(String... customers) {
        activity.recordActivity(RecordActivityRequest.newBuilder().addAllActivities(List.of(customers).stream()
                .map(c -> Activity.newBuilder().setEventId(UUID.randomUUID().toString()).setCustomerId(c)
                        .setType(ActivityType.ACTIVITY_TYPE_PURCHASE)
                        .setOccurredAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(clock.instant().getEpochSecond()))
                        .setAmount(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(1_00)).build())
                .toList()).build());
    }

    private static Map<String, AdjustPointsRequest> applied(String prefix) {
        return LoyaltyReceiver.APPLIED.entrySet().stream().filter(e -> e.getValue().getCustomerId().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, OfferRewardRequest> offered(String prefix) {
        return LoyaltyReceiver.OFFERED.entrySet().stream().filter(e -> e.getValue().getCustomerId().startsWith(prefix))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long calls(String idempotencyKey) {
        return LoyaltyReceiver.CALLS.stream().filter(r -> r.getIdempotencyKey().equals(idempotencyKey)).count();
    }

    private OutboxEvent event(String key) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.byKey(key).orElseThrow());
    }
}
