package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookReportRequest;
import org.retentionsuite.proto.segmentation.v1.GetPlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.ListPlaybookAlertsRequest;
import org.retentionsuite.proto.segmentation.v1.Playbook;
import org.retentionsuite.proto.segmentation.v1.PlaybookAction;
import org.retentionsuite.proto.segmentation.v1.PlaybookActionKind;
import org.retentionsuite.proto.segmentation.v1.PlaybookAlert;
import org.retentionsuite.proto.segmentation.v1.PlaybookReport;
import org.retentionsuite.proto.segmentation.v1.PlaybookServiceGrpc.PlaybookServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.MovableClock;
import org.retentionsuite.segmentation.domain.playbook.ControlGroupProbe;
import org.retentionsuite.segmentation.service.SegmentRefreshPass;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.all;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.within;

/** Playbooks run for customers who enter their segment: once per cool-down, sparing the control group. */
@QuarkusTest
class PlaybooksOverGrpcTest {

    @GrpcClient("segmentation")
    PlaybookServiceBlockingStub playbooks;

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub activity;

    @Inject
    MovableClock clock;

    @Inject
    SegmentRefreshPass refreshPass;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPlaybookRunsOncePerCustomerPerCooldownAndNeverActsForItsControlGroup() {
        String p = "cool-" + UUID.randomUUID() + "-";
        List<String> customers = IntStream.range(0, 40).mapToObj(i -> p + i).toList();
        Playbook playbook = playbook(p, recentBuyers(p), alert("call them"), 45, 0.3);
        Set<String> control = customers.stream()
                .filter(c -> ControlGroupProbe.contains(playbook.getId(), c, 0.3)).collect(Collectors.toSet());
        assertTrue(!control.isEmpty() && control.size() < customers.size(), "40 customers split at 30 %");

        purchaseNow(customers);
        assertEquals(Map.of("TREATED", 40L - control.size(), "CONTROL", (long) control.size()), runs(playbook));
        assertEquals(customers.stream().filter(c -> !control.contains(c)).collect(Collectors.toSet()),
                alerts(playbook).stream().map(PlaybookAlert::getCustomerId).collect(Collectors.toSet()));

        // Leaving and entering again within the cool-down (31 of 45 days) runs nothing.
        clock.advance(Duration.ofDays(31));
        refreshPass.runOnce();
        purchaseNow(customers);
        assertEquals(Map.of("TREATED", 40L - control.size(), "CONTROL", (long) control.size()), runs(playbook));

        // After the cool-down it runs again, and the control group is the same customers.
        clock.advance(Duration.ofDays(31));
        refreshPass.runOnce();
        purchaseNow(customers);
        assertEquals(Map.of("TREATED", 2 * (40L - control.size()), "CONTROL", 2L * control.size()), runs(playbook));
        assertEquals(2 * (40 - control.size()), alerts(playbook).size());
        assertEquals(Set.of(), alerts(playbook).stream().map(PlaybookAlert::getCustomerId).filter(control::contains)
                .collect(Collectors.toSet()));
    }

    @Test
    void theAlertActionRecordsTheMessageForTheCustomerWhoEntered() {
        String p = "alert-" + UUID.randomUUID() + "-";
        Playbook playbook = playbook(p, recentBuyers(p), alert("a big spender came back"), 30, 0);

        purchaseNow(List.of(p + "ann"));

        List<PlaybookAlert> alerts = alerts(playbook);
        assertEquals(1, alerts.size());
        assertEquals(p + "ann", alerts.get(0).getCustomerId());
        assertEquals("a big spender came back", alerts.get(0).getMessage());
        assertEquals(playbook.getId(), alerts.get(0).getPlaybookId());
    }

    @Test
    void theReportComparesChurnOfTreatedAndControlCustomersWhoseWindowHasEnded() {
        String p = "report-" + UUID.randomUUID() + "-";
        List<String> customers = IntStream.range(0, 30).mapToObj(i -> p + i).toList();
        Playbook playbook = playbooks.createPlaybook(request(p, recentBuyers(p), alert("win them back"), 30, 0.5)
                .toBuilder().setChurnWindowDays(7).build()).getPlaybook();
        purchaseNow(customers);
        // Customers with an even number buy again within the window; the others churn.
        clock.advance(Duration.ofDays(3));
        purchaseNow(IntStream.range(0, 30).filter(i -> i % 2 == 0).mapToObj(i -> p + i).toList());

        assertEquals(30, report(playbook).getPending());

        clock.advance(Duration.ofDays(5));
        PlaybookReport report = report(playbook);

        int control = (int) customers.stream().filter(c -> ControlGroupProbe.contains(playbook.getId(), c, 0.5)).count();
        int controlChurned = (int) IntStream.range(0, 30).filter(i -> i % 2 == 1)
                .filter(i -> ControlGroupProbe.contains(playbook.getId(), p + i, 0.5)).count();
        assertEquals(0, report.getPending());
        assertEquals(7, report.getChurnWindowDays());
        assertEquals(30 - control, report.getTreated().getCustomers());
        assertEquals(15 - controlChurned, report.getTreated().getChurned());
        assertEquals(control, report.getControl().getCustomers());
        assertEquals(controlChurned, report.getControl().getChurned());
        assertEquals((double) controlChurned / control, report.getControl().getChurnRate(), 1e-12);
        var expected = new org.retentionsuite.segmentation.domain.playbook.TwoProportionTest(30 - control,
                15 - controlChurned, control, controlChurned);
        assertEquals(expected.z(), report.getZ(), 1e-12);
        assertEquals(expected.pValue(), report.getPValue(), 1e-12);
    }

    @Test
    void aRewardOfferPlaybookIsReadBackAndOffersOncePerCooldownToTreatedCustomersOnly() {
        String p = "offer-" + UUID.randomUUID() + "-";
        String reward = UUID.randomUUID().toString();
        PlaybookAction offer = PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER)
                .setProgramId("prog-1").setRewardId(reward).build();
        Playbook playbook = playbook(p, recentBuyers(p), offer, 45, 0.3);
        List<String> customers = IntStream.range(0, 20).mapToObj(i -> p + i).toList();
        long treated = customers.stream().filter(c -> !ControlGroupProbe.contains(playbook.getId(), c, 0.3)).count();

        assertEquals(offer, playbook.getAction());
        assertEquals(playbook, playbooks.getPlaybook(GetPlaybookRequest.newBuilder().setPlaybookId(playbook.getId())
                .build()).getPlaybook());
        purchaseNow(customers);
        assertEquals(treated, rewardOffers(playbook));
        // Leaving and entering again within the cool-down (31 of 45 days) offers nothing more.
        clock.advance(Duration.ofDays(31));
        refreshPass.runOnce();
        purchaseNow(customers);
        assertEquals(treated, rewardOffers(playbook));
        // After it, the treated customers get the offer once more.
        clock.advance(Duration.ofDays(31));
        refreshPass.runOnce();
        purchaseNow(customers);
        assertEquals(2 * treated, rewardOffers(playbook));
    }

    @Test
    void aRewardOfferNeedsItsProgrammeAndAValidRewardId() {
        String segment = recentBuyers("offer-invalid-" + UUID.randomUUID());
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> playbooks.createPlaybook(
                request("offer-invalid-" + UUID.randomUUID(), segment, PlaybookAction.newBuilder()
                        .setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_REWARD_OFFER).setRewardId("coffee").build(), 30, 0)));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("action.program_id", "is required", "action.reward_id", "must be a UUID"),
                fieldViolations(refused));
    }

    @Test
    void anInvalidPlaybookIsRefusedFieldByField() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> playbooks.createPlaybook(
                CreatePlaybookRequest.newBuilder().setName(" ")
                        .setTrigger(PlaybookTrigger.newBuilder().setChurnRiskLevel("SEVERE"))
                        .setAction(PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS))
                        .setCooldownDays(0).setControlShare(0.8).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("name", "is required",
                "trigger.churn_risk_level", "must be LOW, MEDIUM or HIGH",
                "action.program_id", "is required",
                "action.points", "must be 1 to 1000000",
                "cooldown_days", "must be 1 to 3650",
                "control_share", "must be 0 to 0.5"), fieldViolations(refused));
    }

    static PlaybookAction alert(String message) {
        return PlaybookAction.newBuilder().setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_ALERT).setAlertMessage(message).build();
    }

    /** A segment of the customers with this prefix who bought in the last 30 days. */
    String recentBuyers(String prefix) {
        return segments.createSegment(CreateSegmentRequest.newBuilder().setName("recent buyers " + prefix)
                .setRule(all(when("customerId", "startsWith", prefix), within(30, "purchaseCount", "atLeast", "1")))
                .build()).getSegment().getId();
    }

    Playbook playbook(String name, String segmentId, PlaybookAction action, int cooldownDays, double controlShare) {
        return playbooks.createPlaybook(request(name, segmentId, action, cooldownDays, controlShare)).getPlaybook();
    }

    static CreatePlaybookRequest request(String name, String segmentId, PlaybookAction action, int cooldownDays,
            double controlShare) {
        return CreatePlaybookRequest.newBuilder().setName(name)
                .setTrigger(PlaybookTrigger.newBuilder().setSegmentId(segmentId))
                .setAction(action).setCooldownDays(cooldownDays).setControlShare(controlShare).build();
    }

    void purchaseNow(List<String> customers) {
        activity.recordActivity(batch(customers.stream()
                .map(c -> purchase(UUID.randomUUID().toString(), c, clock.instant(), 10_00))
                .toArray(org.retentionsuite.proto.segmentation.v1.Activity[]::new)));
    }

    List<PlaybookAlert> alerts(Playbook playbook) {
        return playbooks.listPlaybookAlerts(ListPlaybookAlertsRequest.newBuilder().setPlaybookId(playbook.getId())
                .setPageSize(1000).build()).getAlertsList();
    }

    PlaybookReport report(Playbook playbook) {
        return playbooks.getPlaybookReport(GetPlaybookReportRequest.newBuilder().setPlaybookId(playbook.getId()).build())
                .getReport();
    }

    /** Reward offers written to the outbox for the playbook's runs. */
    long rewardOffers(Playbook playbook) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        SELECT count(*) FROM outbox_event e JOIN playbook_run r ON e.event_key = 'segmentation:playbook-run:' || r.id
                        WHERE r.playbook_id = ?1 AND e.destination = 'loyalty-reward'""")
                .setParameter(1, UUID.fromString(playbook.getId())).getSingleResult()).longValue());
    }

    @SuppressWarnings("unchecked")
    Map<String, Long> runs(Playbook playbook) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT arm, count(*) FROM playbook_run WHERE playbook_id = ?1 GROUP BY arm")
                .setParameter(1, UUID.fromString(playbook.getId())).getResultList());
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }
}
