package org.retentionsuite.segmentation.repository;

import com.google.protobuf.Timestamp;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.FeedbackScore;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.segmentation.domain.churn.ChurnSignals;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.CustomerHistory;
import org.retentionsuite.segmentation.domain.clv.FitSample;
import org.retentionsuite.segmentation.service.RfmSnapshotService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The purchase profile stored with the RFM snapshot stands in for the activity only where it gives the same
 * numbers: churn signals, CLV histories and the fit's sample are compared, field by field, with the aggregations
 * of the activity over the whole test database, as of a day in the past (this class's activity is in 1978,
 * before every other class's) and at a calibration end before the profile's day.
 */
@QuarkusTest
class PurchaseProfileTest {

    private static final LocalDate AS_OF = LocalDate.parse("1978-06-30");
    private static final LocalDate END_OF_MAY = LocalDate.parse("1978-05-31");
    private static final Currency USD = Currency.getInstance("USD");

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    RfmSnapshotRepository snapshots;
    @Inject
    RfmSnapshotService snapshotService;
    @Inject
    PurchaseProfileRepository profiles;
    @Inject
    ChurnSignalRepository churnSignals;
    @Inject
    PurchaseSummaryRepository summaries;
    @Inject
    VipRepository vip;
    @Inject
    EntityManager entityManager;

    @AfterEach
    void snapshotOfToday() {
        // Other classes read the latest snapshot: leave one of today, as RefreshRfmSnapshot makes it.
        snapshotService.refresh();
    }

    @Test
    void theProfileGivesTheChurnSignalsHistoriesAndFitSampleThatTheActivityGives() {
        String p = "profile-" + UUID.randomUUID() + "-";
        recordHandMadeActivity(p);
        storeSnapshot(AS_OF);

        PurchaseProfileRepository.Profile profile = inTransaction(() -> profiles.holdingEveryWrite(AS_OF, true, USD))
                .orElseThrow();
        assertEquals(AS_OF, profile.asOf());

        Map<String, ChurnSignals> fromProfile = churnSignalsFromProfile(profile);
        Map<String, ChurnSignals> aggregated = churnSignalsAggregated(AS_OF);
        assertEquals(aggregated, fromProfile);
        // Several purchases on one day are one purchase day; the purchase after the as-of day is not counted.
        assertEquals(new ChurnSignals(p + "a", AS_OF, 1, 1, 2, 2, 1, org.retentionsuite.segmentation.domain.FeedbackKind.NPS, 3, 3,
                LocalDate.parse("1978-01-10"), LocalDate.parse("1978-06-20")), fromProfile.get(p + "a"));
        assertEquals(new ChurnSignals(p + "b", AS_OF, 0, 0, 1, 0, 0, null, null, 2,
                LocalDate.parse("1977-12-01"), AS_OF), fromProfile.get(p + "b"));
        // Customers without a purchase are scored from their other activity.
        assertEquals(new ChurnSignals(p + "visitor", AS_OF, 1, 0, 0, 0, 0,
                org.retentionsuite.segmentation.domain.FeedbackKind.CSAT, 1, 0, null, null), fromProfile.get(p + "visitor"));
        assertEquals(new ChurnSignals(p + "returner", AS_OF, 0, 0, 0, 0, 1, null, null, 0, null, null),
                fromProfile.get(p + "returner"));

        for (LocalDate end : List.of(AS_OF, END_OF_MAY)) {
            for (LocalDate start : java.util.Arrays.asList(null, LocalDate.parse("1978-02-01"))) {
                assertEquals(historiesAggregated(start, end), historiesFromProfile(profile, start, end),
                        "histories from " + start + " to " + end);
                for (int sampleSize : List.of(2, 1_000)) {
                    FitSample expected = inTransaction(() -> summaries.fitSampleAggregated(start, end, ClvTimeUnit.DAY, USD,
                            sampleSize));
                    assertEquals(expected, inTransaction(() -> summaries.fitSampleFromProfile(profile, start, end,
                            ClvTimeUnit.DAY, USD, sampleSize)), "fit sample from " + start + " to " + end);
                }
            }
        }
        // At the end of May customer f's June purchases are left out (aggregated again), g has not purchased yet.
        Map<String, CustomerHistory> may = historiesFromProfile(profile, null, END_OF_MAY);
        assertEquals(new CustomerHistory(0, 0, 21, 0), may.get(p + "f"));
        assertFalse(may.containsKey(p + "g"));
        // The euro purchase day is a purchase day without spend in dollars: repeat spend 7.00 over 2 repeat days.
        assertEquals(new CustomerHistory(2, 161, 171, 3.5), historiesFromProfile(profile, null, AS_OF).get(p + "a"));
    }

    @Test
    void aWriteAfterTheSnapshotSetsTheProfileAsideAndTheActivityAnswers() {
        String p = "profile-" + UUID.randomUUID() + "-";
        recordHandMadeActivity(p);
        storeSnapshot(AS_OF);
        PurchaseProfileRepository.Profile profile = inTransaction(() -> profiles.holdingEveryWrite(AS_OF, true, USD))
                .orElseThrow();

        segmentation.recordActivity(RecordActivityRequest.newBuilder().addActivities(
                purchase(p + "late", p + "b", "1978-06-29T08:00:00Z", "USD", 4_00)).build());

        assertEquals(Optional.empty(), inTransaction(() -> profiles.holdingEveryWrite(AS_OF, true, USD)));
        List<ChurnSignals> streamed = new ArrayList<>();
        assertFalse(inTransaction(() -> churnSignals.forEachFromProfile(profile, streamed::add)));
        assertEquals(List.of(), streamed);
        assertEquals(0, inTransaction(() -> summaries.fitSampleFromProfile(profile, null, AS_OF, ClvTimeUnit.DAY, USD, 10))
                .customerCount());
        Map<String, ChurnSignals> current = new TreeMap<>();
        inTransaction(() -> {
            churnSignals.forEach(AS_OF, signals -> current.put(signals.customerId(), signals));
            return null;
        });
        assertEquals(churnSignalsAggregated(AS_OF), current);
        assertEquals(3, current.get(p + "b").purchaseDays());
    }

    @Test
    void forgettingACustomerMovesTheirProfileRowAndSetsTheProfileAside() {
        String p = "profile-" + UUID.randomUUID() + "-";
        recordHandMadeActivity(p);
        storeSnapshot(AS_OF);

        segmentation.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(p + "a").build());

        assertEquals(0L, inTransaction(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM customer_rfm WHERE customer_id = ?1").setParameter(1, p + "a")
                .getSingleResult()).longValue()));
        assertEquals(Optional.empty(), inTransaction(() -> profiles.holdingEveryWrite(AS_OF, true, USD)));
    }

    /**
     * a: two purchases on one day, one in euros (recorded under another reporting currency), one later in dollars, a return, visits, a detractor's NPS and an
     * unresolved contact; b: a purchase long ago, one in the last minute of the as-of day and one after it; visitor
     * and returner: no purchase; f: purchases in May and twice on one day in June; g: a first purchase in June.
     */
    private void recordHandMadeActivity(String p) {
        segmentation.recordActivity(RecordActivityRequest.newBuilder()
                .addActivities(purchase(p + "a1", p + "a", "1978-01-10T09:00:00Z", "USD", 10_00))
                .addActivities(purchase(p + "a2", p + "a", "1978-01-10T18:00:00Z", "USD", 5_00))
                .addActivities(purchase(p + "a4", p + "a", "1978-06-20T12:00:00Z", "USD", 7_00))
                .addActivities(amount(p + "a5", p + "a", ActivityType.ACTIVITY_TYPE_RETURN, "1978-06-25T12:00:00Z", "USD", 3_00))
                .addActivities(activity(p + "a6", p + "a", ActivityType.ACTIVITY_TYPE_VISIT, "1978-06-15T12:00:00Z"))
                .addActivities(activity(p + "a7", p + "a", ActivityType.ACTIVITY_TYPE_VISIT, "1978-04-01T12:00:00Z"))
                .addActivities(activity(p + "a8", p + "a", ActivityType.ACTIVITY_TYPE_FEEDBACK, "1978-06-01T12:00:00Z")
                        .toBuilder().setFeedback(FeedbackScore.newBuilder()
                                .setKind(FeedbackKind.FEEDBACK_KIND_NPS).setScore(3)).build())
                .addActivities(activity(p + "a9", p + "a", ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, "1978-06-10T12:00:00Z")
                        .toBuilder().setSupportOutcome(SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED).build())
                .addActivities(purchase(p + "b1", p + "b", "1977-12-01T12:00:00Z", "USD", 20_00))
                .addActivities(purchase(p + "b2", p + "b", "1978-06-30T23:59:59Z", "USD", 30_00))
                .addActivities(purchase(p + "b3", p + "b", "1978-07-01T00:00:00Z", "USD", 40_00))
                .addActivities(activity(p + "v1", p + "visitor", ActivityType.ACTIVITY_TYPE_VISIT, "1978-06-28T12:00:00Z"))
                .addActivities(activity(p + "v2", p + "visitor", ActivityType.ACTIVITY_TYPE_FEEDBACK, "1978-06-28T13:00:00Z")
                        .toBuilder().setFeedback(FeedbackScore.newBuilder()
                                .setKind(FeedbackKind.FEEDBACK_KIND_CSAT).setScore(1)).build())
                .addActivities(amount(p + "r1", p + "returner", ActivityType.ACTIVITY_TYPE_RETURN, "1978-06-02T12:00:00Z", "USD", 9_00))
                .addActivities(activity(p + "r2", p + "returner", ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT, "1978-06-29T12:00:00Z")
                        .toBuilder().setSupportOutcome(SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED).build())
                .addActivities(purchase(p + "f1", p + "f", "1978-05-10T12:00:00Z", "USD", 12_00))
                .addActivities(purchase(p + "f2", p + "f", "1978-06-05T08:00:00Z", "USD", 8_00))
                .addActivities(purchase(p + "g1", p + "g", "1978-06-12T12:00:00Z", "USD", 15_00))
                .build());
        // Recorded while the reporting currency was another (the service refuses euros now): purchases without spend.
        recordInEuros(p + "a3", p + "a", "1978-04-05T12:00:00Z", 50_00);
        recordInEuros(p + "f3", p + "f", "1978-06-05T20:00:00Z", 8_00);
    }

    private void recordInEuros(String eventId, String customerId, String at, long minor) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO activity (event_id, event_key, customer_id, type, occurred_at, amount_minor, currency_code,
                                      recorded_at)
                VALUES (?1, gen_random_uuid(), ?2, 'PURCHASE', CAST(?3 AS timestamptz), ?4, 'EUR', now())
                """).setParameter(1, eventId).setParameter(2, customerId).setParameter(3, at).setParameter(4, minor)
                .executeUpdate());
    }

    private void storeSnapshot(LocalDate asOf) {
        QuarkusTransaction.requiringNew().run(() -> snapshots.store(asOf, Instant.now(), USD, System.nanoTime()));
    }

    private Map<String, ChurnSignals> churnSignalsFromProfile(PurchaseProfileRepository.Profile profile) {
        Map<String, ChurnSignals> signals = new TreeMap<>();
        assertTrue(inTransaction(() -> churnSignals.forEachFromProfile(profile, s -> signals.put(s.customerId(), s))));
        return signals;
    }

    private Map<String, ChurnSignals> churnSignalsAggregated(LocalDate asOf) {
        Map<String, ChurnSignals> signals = new TreeMap<>();
        inTransaction(() -> {
            churnSignals.forEachAggregated(asOf, s -> signals.put(s.customerId(), s));
            return null;
        });
        return signals;
    }

    private Map<String, CustomerHistory> historiesFromProfile(PurchaseProfileRepository.Profile profile, LocalDate start,
            LocalDate end) {
        Map<String, CustomerHistory> histories = new TreeMap<>();
        assertTrue(inTransaction(() -> vip.forEachHistoryFromProfile(profile, start, end, ClvTimeUnit.DAY, USD,
                histories::put)));
        return histories;
    }

    private Map<String, CustomerHistory> historiesAggregated(LocalDate start, LocalDate end) {
        Map<String, CustomerHistory> histories = new TreeMap<>();
        inTransaction(() -> {
            vip.forEachHistoryAggregated(start, end, ClvTimeUnit.DAY, USD, histories::put);
            return null;
        });
        return histories;
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static Activity purchase(String eventId, String customerId, String at, String currency, long minor) {
        return amount(eventId, customerId, ActivityType.ACTIVITY_TYPE_PURCHASE, at, currency, minor);
    }

    private static Activity amount(String eventId, String customerId, ActivityType type, String at, String currency,
            long minor) {
        return activity(eventId, customerId, type, at).toBuilder()
                .setAmount(Money.newBuilder().setCurrencyCode(currency).setAmountMinor(minor)).build();
    }

    private static Activity activity(String eventId, String customerId, ActivityType type, String at) {
        Instant instant = Instant.parse(at);
        return Activity.newBuilder().setEventId(eventId).setCustomerId(customerId).setType(type)
                .setOccurredAt(Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()))
                .build();
    }
}
