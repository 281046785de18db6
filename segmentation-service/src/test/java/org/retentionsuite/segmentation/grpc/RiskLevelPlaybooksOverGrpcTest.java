package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsRequest;
import org.retentionsuite.proto.segmentation.v1.Playbook;
import org.retentionsuite.proto.segmentation.v1.PlaybookAlert;
import org.retentionsuite.proto.segmentation.v1.PlaybookServiceGrpc.PlaybookServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.segmentation.MovableClock;
import org.retentionsuite.segmentation.domain.playbook.ControlGroupProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.feedback;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.supportContact;
import static org.retentionsuite.segmentation.grpc.PlaybooksOverGrpcTest.alert;

/** A churn risk level's playbook runs for the customers whose recorded level change enters that level. */
@QuarkusTest
class RiskLevelPlaybooksOverGrpcTest {

    @GrpcClient("segmentation")
    PlaybookServiceBlockingStub playbooks;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void customersWhoEnterTheHighLevelGetItsPlaybookOncePerCooldownAndTheControlGroupNone() {
        String p = "risk-pb-" + UUID.randomUUID() + "-";
        List<String> customers = IntStream.range(0, 20).mapToObj(i -> p + i).toList();
        Playbook playbook = playbooks.createPlaybook(CreatePlaybookRequest.newBuilder().setName("high risk " + p)
                .setTrigger(PlaybookTrigger.newBuilder().setChurnRiskLevel("HIGH"))
                .setAction(alert("call before they leave")).setCooldownDays(45).setControlShare(0.3).build()).getPlaybook();
        Set<String> control = customers.stream()
                .filter(c -> ControlGroupProbe.contains(playbook.getId(), c, 0.3)).collect(Collectors.toSet());
        assertTrue(!control.isEmpty() && control.size() < customers.size(), "20 customers split at 30 %");

        // Stopped visiting, unhappy, an unresolved contact: 1 − 0.7 × 0.6 × 0.7 = 0.706, HIGH.
        Instant now = clock.instant();
        record(customers, c -> List.of(
                activity(UUID.randomUUID().toString(), c, ActivityType.ACTIVITY_TYPE_VISIT, now.minus(Duration.ofDays(60))),
                feedback(UUID.randomUUID().toString(), c, now.minus(Duration.ofDays(10)), FeedbackKind.FEEDBACK_KIND_CSAT, 1),
                supportContact(UUID.randomUUID().toString(), c, now.minus(Duration.ofDays(5)),
                        SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED)));
        customers.forEach(c -> assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH, score(c)));

        assertEquals(Map.of("TREATED", 20L - control.size(), "CONTROL", (long) control.size()), runs(playbook));
        assertEquals(customers.stream().filter(c -> !control.contains(c)).collect(Collectors.toSet()),
                alerts(playbook).stream().map(PlaybookAlert::getCustomerId).collect(Collectors.toSet()));
        assertEquals(20L, levelChanges(p, "HIGH"));

        // Scored again at the same level: no change is recorded, nothing runs.
        customers.forEach(this::score);
        assertEquals(20L, levelChanges(p, "HIGH"));
        assertEquals(Map.of("TREATED", 20L - control.size(), "CONTROL", (long) control.size()), runs(playbook));

        // Visiting and happy again: LOW (the unresolved contact alone, 0.3).
        record(customers, c -> List.of(
                activity(UUID.randomUUID().toString(), c, ActivityType.ACTIVITY_TYPE_VISIT, now),
                activity(UUID.randomUUID().toString(), c, ActivityType.ACTIVITY_TYPE_VISIT, now),
                activity(UUID.randomUUID().toString(), c, ActivityType.ACTIVITY_TYPE_VISIT, now),
                feedback(UUID.randomUUID().toString(), c, now, FeedbackKind.FEEDBACK_KIND_CSAT, 5)));
        customers.forEach(c -> assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_LOW, score(c)));

        // 31 days on (within the 45-day cool-down) they are HIGH again: the change is recorded, the playbook waits.
        clock.advance(Duration.ofDays(31));
        Instant later = clock.instant();
        record(customers, c -> List.of(
                feedback(UUID.randomUUID().toString(), c, later, FeedbackKind.FEEDBACK_KIND_CSAT, 1),
                supportContact(UUID.randomUUID().toString(), c, later, SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED)));
        customers.forEach(c -> assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH, score(c)));
        assertEquals(40L, levelChanges(p, "HIGH"));
        assertEquals(Map.of("TREATED", 20L - control.size(), "CONTROL", (long) control.size()), runs(playbook));
        assertEquals(20 - control.size(), alerts(playbook).size());
    }

    private interface Events {
        List<Activity> of(String customer);
    }

    private void record(List<String> customers, Events events) {
        List<Activity> all = new ArrayList<>();
        customers.forEach(c -> all.addAll(events.of(c)));
        segmentation.recordActivity(ActivityOverGrpcTest.batch(all.toArray(Activity[]::new)));
    }

    private ChurnRiskLevel score(String customer) {
        return segmentation.scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest.newBuilder().setCustomerId(customer).build())
                .getChurnRisk().getLevel();
    }

    private List<PlaybookAlert> alerts(Playbook playbook) {
        return playbooks.listPlaybookAlerts(ListPlaybookAlertsRequest.newBuilder().setPlaybookId(playbook.getId())
                .setPageSize(1000).build()).getAlertsList();
    }

    /** The playbook runs only for this test's customers, since every customer who enters HIGH may run it. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> runs(Playbook playbook) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT arm, count(*) FROM playbook_run WHERE playbook_id = ?1 GROUP BY arm")
                .setParameter(1, UUID.fromString(playbook.getId())).getResultList());
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    private long levelChanges(String prefix, String toLevel) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM churn_level_change WHERE customer_id LIKE ?1 AND to_level = ?2")
                .setParameter(1, prefix + "%").setParameter(2, toLevel).getSingleResult()).longValue());
    }
}
