package org.retentionsuite.loyalty.outbox;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.MovableClock;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExchangeRate;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Purchases and returns reach segmentation through the outbox, also across an outage of segmentation. */
@QuarkusTest
class ActivityForwardingTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    ActivityRelay relay;

    @Inject
    MovableClock clock;

    @Inject
    org.retentionsuite.loyalty.service.LotMaintenance maintenance;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void deliverWhatOtherTestsLeft() {
        drain();
    }

    @AfterEach
    void restore() {
        SegmentationReceiver.down = false;
        SegmentationReceiver.refusedCustomer = null;
        clock.reset();
        drain();
    }

    @Test
    void aPurchaseAndAReturnArriveAsActivityInTheProgrammesCurrency() {
        String program = program();
        String customer = member(program);
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        loyalty.recordPurchase(purchase(program, customer, "O-1", "USD", 100_00, at));
        loyalty.recordReturn(RecordReturnRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReturnId("R-1").setOrderId("O-1").setAmount(money("USD", 10_00)).build());

        drain();

        Activity purchase = SegmentationReceiver.RECEIVED.get("loyalty:" + program + ":purchase:O-1");
        Activity returned = SegmentationReceiver.RECEIVED.get("loyalty:" + program + ":return:R-1");
        assertEquals(ActivityType.ACTIVITY_TYPE_PURCHASE, purchase.getType());
        assertEquals(customer, purchase.getCustomerId());
        assertEquals(money("EUR", 90_00), purchase.getAmount()); // at the programme's rate of 0.9
        assertEquals(at.getEpochSecond(), purchase.getOccurredAt().getSeconds());
        assertEquals(ActivityType.ACTIVITY_TYPE_RETURN, returned.getType());
        assertEquals(money("EUR", 9_00), returned.getAmount());
        assertEquals(0, undelivered(program));
    }

    @Test
    void whileSegmentationIsDownNothingIsLostAndEachEventArrivesOnceItIsBack() {
        String program = program();
        String customer = member(program);
        SegmentationReceiver.down = true;
        loyalty.recordPurchase(purchase(program, customer, "O-1", "EUR", 20_00, Instant.now()));
        loyalty.recordPurchase(purchase(program, customer, "O-2", "EUR", 30_00, Instant.now()));

        relay.runOnce();
        relay.runOnce(); // within the back-off: not attempted again
        int attemptsDuringOutage = attempts("loyalty:" + program + ":purchase:O-1");
        SegmentationReceiver.down = false;
        relay.runOnce(); // still within the back-off
        long waitingBeforeBackoffEnds = undelivered(program);
        clock.advance(Duration.ofSeconds(2));
        drain();

        assertEquals(1, attemptsDuringOutage);
        assertEquals(2, waitingBeforeBackoffEnds);
        assertEquals(money("EUR", 20_00), SegmentationReceiver.RECEIVED.get("loyalty:" + program + ":purchase:O-1").getAmount());
        assertEquals(money("EUR", 30_00), SegmentationReceiver.RECEIVED.get("loyalty:" + program + ":purchase:O-2").getAmount());
        assertEquals(0, undelivered(program));
    }

    @Test
    void anEventSegmentationRefusesIsSetAsideAndTheOthersOfItsBatchAreDelivered() {
        String program = program();
        String good = member(program);
        String refused = member(program);
        SegmentationReceiver.refusedCustomer = refused;
        loyalty.recordPurchase(purchase(program, good, "O-1", "EUR", 20_00, Instant.now()));
        loyalty.recordPurchase(purchase(program, refused, "O-2", "EUR", 30_00, Instant.now()));

        drain();

        assertEquals(customerOf("loyalty:" + program + ":purchase:O-1"), good);
        assertNull(SegmentationReceiver.RECEIVED.get("loyalty:" + program + ":purchase:O-2"));
        assertEquals(0, undelivered(program));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_key = ?1 AND dead_at IS NOT NULL AND last_error LIKE 'INVALID_ARGUMENT%'")
                .setParameter(1, "loyalty:" + program + ":purchase:O-2").getSingleResult()).longValue()));
    }

    @Test
    void deliveredEventsArePurgedAfterAWeekWhileRefusedOnesStay() {
        String program = program();
        String good = member(program);
        String refused = member(program);
        SegmentationReceiver.refusedCustomer = refused;
        loyalty.recordPurchase(purchase(program, good, "O-1", "EUR", 20_00, Instant.now()));
        loyalty.recordPurchase(purchase(program, refused, "O-2", "EUR", 30_00, Instant.now()));
        drain();

        clock.advance(Duration.ofDays(6));
        maintenance.runOnce();
        long afterSixDays = events(program);
        clock.advance(Duration.ofDays(2));
        maintenance.runOnce();

        assertEquals(2, afterSixDays);
        assertEquals(1, events(program)); // the refused one, kept for an operator
    }

    private long events(String program) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE event_key LIKE ?1")
                .setParameter(1, "loyalty:" + program + ":%").getSingleResult()).longValue());
    }

    private void drain() {
        while (relay.runOnce() > 0) {
            // until nothing is due
        }
    }

    private String customerOf(String eventId) {
        return SegmentationReceiver.RECEIVED.get(eventId).getCustomerId();
    }

    /** The programme's events still waiting (other tests' events are not this test's business). */
    private long undelivered(String program) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE delivered_at IS NULL AND dead_at IS NULL AND event_key LIKE ?1")
                .setParameter(1, "loyalty:" + program + ":%").getSingleResult()).longValue());
    }

    private int attempts(String eventKey) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT attempts FROM outbox_event WHERE event_key = ?1").setParameter(1, eventKey).getSingleResult()).intValue());
    }

    private String program() {
        return loyalty.createProgram(CreateProgramRequest.newBuilder().setName("Outbox").setCurrencyCode("EUR")
                .setTimeZone("Europe/Paris").setPointsPerCurrencyUnit("1")
                .addExchangeRates(ExchangeRate.newBuilder().setCurrencyCode("USD").setRate("0.9")).build())
                .getProgram().getId();
    }

    private String member(String program) {
        String customer = "C-" + UUID.randomUUID();
        loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build());
        return customer;
    }

    private static RecordPurchaseRequest purchase(String program, String customer, String order, String currency,
            long amount, Instant at) {
        return RecordPurchaseRequest.newBuilder().setProgramId(program).setCustomerId(customer).setOrderId(order)
                .setAmount(money(currency, amount))
                .setOccurredAt(com.google.protobuf.Timestamp.newBuilder().setSeconds(at.getEpochSecond()))
                .setIdempotencyKey(UUID.randomUUID().toString()).build();
    }

    private static Money money(String currency, long amount) {
        return Money.newBuilder().setCurrencyCode(currency).setAmountMinor(amount).build();
    }
}
