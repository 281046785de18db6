package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ChurnIndicator;
import org.retentionsuite.proto.segmentation.v1.ChurnReason;
import org.retentionsuite.proto.segmentation.v1.ChurnRisk;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.GetCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.feedback;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.supportContact;

/** Churn risk scoring, one customer and all, with the level changes it records; in 1984-85. */
@QuarkusTest
class ChurnRiskOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    EntityManager entityManager;

    @Test
    void anUnhappyCustomerWhoStoppedVisitingIsHighWithReasonsAndEachLevelChangeIsRecordedOnce() {
        String customer = "unhappy-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                activity(customer + "-v", customer, org.retentionsuite.proto.segmentation.v1.ActivityType.ACTIVITY_TYPE_VISIT,
                        Days.noon("1984-01-10")),
                feedback(customer + "-f", customer, Days.noon("1984-02-10"), FeedbackKind.FEEDBACK_KIND_NPS, 3),
                supportContact(customer + "-s1", customer, Days.noon("1984-02-15"), SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED),
                supportContact(customer + "-s2", customer, Days.noon("1984-02-20"), SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED),
                supportContact(customer + "-s3", customer, Days.noon("1984-02-21"), SupportOutcome.SUPPORT_OUTCOME_RESOLVED)));

        ScoreCustomerChurnRiskResponse first = score(customer, "1984-03-01");

        assertEquals(ChurnRisk.newBuilder()
                .setCustomerId(customer)
                .setScore(first.getChurnRisk().getScore())
                .setLevel(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH)
                .setAsOf("1984-03-01")
                .addReasons(ChurnReason.newBuilder().setIndicator(ChurnIndicator.CHURN_INDICATOR_ENGAGEMENT_DECLINE)
                        .setValue(0).setBaseline(1).setDescription("0 visits in the last 30 days against 1 in the 90 before"))
                .addReasons(ChurnReason.newBuilder().setIndicator(ChurnIndicator.CHURN_INDICATOR_NEGATIVE_FEEDBACK)
                        .setValue(3).setDescription("the latest feedback of the last 90 days is NPS 3"))
                .addReasons(ChurnReason.newBuilder().setIndicator(ChurnIndicator.CHURN_INDICATOR_UNRESOLVED_SUPPORT)
                        .setValue(2).setDescription("2 support contacts ended unresolved in the last 30 days"))
                .build(), first.getChurnRisk());
        // Without purchases P(alive) does not enter: 1 − (1 − 0.3 × 1) × (1 − 0.4) × (1 − 0.3).
        assertEquals(0.706, first.getChurnRisk().getScore(), 1e-12);
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_UNSPECIFIED, first.getPreviousLevel());
        assertEquals(List.of("null>HIGH"), changes(customer));

        ScoreCustomerChurnRiskResponse again = score(customer, "1984-03-01");
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH, again.getPreviousLevel());
        assertEquals(List.of("null>HIGH"), changes(customer));

        // By the end of June the visit, the feedback and the contacts are out of their windows.
        ScoreCustomerChurnRiskResponse later = score(customer, "1984-06-30");
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_LOW, later.getChurnRisk().getLevel());
        assertEquals(0.0, later.getChurnRisk().getScore());
        assertEquals(List.of(), later.getChurnRisk().getReasonsList());
        assertEquals(List.of("null>HIGH", "HIGH>LOW"), changes(customer));
        assertEquals(List.of("LOW", "1984-06-30"), stored(customer));
    }

    @Test
    void aFullPassScoresEveryCustomerWithActivityUpToTheDateAndRepeatingItRecordsNoChange() {
        String customer = "overdue-" + UUID.randomUUID();
        // A 10-day rhythm that stopped in October.
        segmentation.recordActivity(batch(
                purchase(customer + "-1", customer, Days.noon("1984-10-01"), 10_00),
                purchase(customer + "-2", customer, Days.noon("1984-10-11"), 10_00),
                purchase(customer + "-3", customer, Days.noon("1984-10-21"), 10_00)));

        ScoreChurnRiskResponse pass = segmentation.scoreChurnRisk(ScoreChurnRiskRequest.newBuilder()
                .setAsOf("1985-01-31").build());

        assertEquals("1985-01-31", pass.getAsOf());
        assertEquals(customersWithActivityUpTo("1985-02-01"), pass.getScoredCount());
        assertEquals(pass.getScoredCount(), pass.getLowCount() + pass.getMediumCount() + pass.getHighCount());
        // Overdue (102 days against a 10-day rhythm) leaves 0.4, the stopped purchases 0.6; P(alive) where a fit exists.
        Double pAlive = probabilityAlive(customer);
        double survival = (pAlive == null ? 1 : 1 - 0.8 * (1 - pAlive)) * 0.4 * 0.6;
        assertEquals(List.of("HIGH", "1985-01-31"), stored(customer));
        assertEquals(1 - survival, storedScore(customer), 1e-12);
        assertEquals(List.of("null>HIGH"), changes(customer));

        ScoreChurnRiskResponse repeated = segmentation.scoreChurnRisk(ScoreChurnRiskRequest.newBuilder()
                .setAsOf("1985-01-31").build());
        assertEquals(0, repeated.getLevelChangeCount());
        assertEquals(pass.getScoredCount(), repeated.getScoredCount());
        assertEquals(List.of("null>HIGH"), changes(customer));
    }

    @Test
    void theCurrentRiskIsComputedWithoutStoringIt() {
        String customer = "current-" + UUID.randomUUID();
        segmentation.recordActivity(batch(purchase(customer + "-1", customer, Days.noon("1984-05-05"), 10_00)));

        ChurnRisk risk = segmentation.getCustomerChurnRisk(GetCustomerChurnRiskRequest.newBuilder()
                .setCustomerId(customer).build()).getChurnRisk();

        assertEquals(customer, risk.getCustomerId());
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), risk.getAsOf());
        assertEquals(List.of(), stored(customer));
        assertEquals(List.of(), changes(customer));
    }

    @Test
    void anUnknownCustomerIsNotFoundAndAFutureDateIsRefused() {
        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class, () -> score("nobody-" + UUID.randomUUID(), ""));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());

        StatusRuntimeException future = assertThrows(StatusRuntimeException.class, () -> segmentation.scoreChurnRisk(
                ScoreChurnRiskRequest.newBuilder().setAsOf("2999-01-01").build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, future.getStatus().getCode());
        assertEquals(Map.of("as_of", "must not be after today " + java.time.LocalDate.now(java.time.ZoneOffset.UTC)),
                fieldViolations(future));
    }

    private ScoreCustomerChurnRiskResponse score(String customer, String asOf) {
        return segmentation.scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest.newBuilder()
                .setCustomerId(customer).setAsOf(asOf).build());
    }

    List<String> changes(String customer) {
        List<?> rows = entityManager.createNativeQuery(
                "SELECT coalesce(from_level, 'null') || '>' || to_level FROM churn_level_change WHERE customer_id = ?1 ORDER BY id")
                .setParameter(1, customer).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    List<String> stored(String customer) {
        List<?> rows = entityManager.createNativeQuery("SELECT level || ' ' || as_of FROM churn_risk WHERE customer_id = ?1")
                .setParameter(1, customer).getResultList();
        return rows.isEmpty() ? List.of() : List.of(rows.get(0).toString().split(" "));
    }

    double storedScore(String customer) {
        return ((Number) entityManager.createNativeQuery("SELECT score FROM churn_risk WHERE customer_id = ?1")
                .setParameter(1, customer).getSingleResult()).doubleValue();
    }

    Double probabilityAlive(String customer) {
        Object value = entityManager.createNativeQuery("SELECT probability_alive FROM churn_risk WHERE customer_id = ?1")
                .setParameter(1, customer).getSingleResult();
        return value == null ? null : ((Number) value).doubleValue();
    }

    long customersWithActivityUpTo(String exclusiveDay) {
        return ((Number) entityManager.createNativeQuery(
                "SELECT count(DISTINCT customer_id) FROM activity WHERE occurred_at < (CAST(?1 AS date)::timestamp AT TIME ZONE 'UTC')")
                .setParameter(1, exclusiveDay).getSingleResult()).longValue();
    }
}
