package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.ChurnIndicator;
import org.retentionsuite.proto.segmentation.v1.ChurnLevelChange;
import org.retentionsuite.proto.segmentation.v1.ChurnReason;
import org.retentionsuite.proto.segmentation.v1.ChurnRiskLevel;
import org.retentionsuite.proto.segmentation.v1.CreatePlaybookRequest;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.CustomerPlaybookRun;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.Playbook;
import org.retentionsuite.proto.segmentation.v1.PlaybookAction;
import org.retentionsuite.proto.segmentation.v1.PlaybookActionKind;
import org.retentionsuite.proto.segmentation.v1.PlaybookServiceGrpc.PlaybookServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.PlaybookTrigger;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SupportOutcome;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;
import org.retentionsuite.segmentation.MovableClock;
import org.retentionsuite.segmentation.domain.AnonymousId;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.activity;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.feedback;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.supportContact;
import static org.retentionsuite.segmentation.grpc.KpisOverGrpcTest.usd;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.all;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;

/**
 * The export holds, and the erasure reaches, every table that holds data about a customer:
 * attributes, churn risk and its level changes, playbook runs with their alerts and actions, and
 * the score snapshot, beside activity and segments.
 */
@QuarkusTest
class PrivacyCoverageOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @GrpcClient("segmentation")
    PlaybookServiceBlockingStub playbooks;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theExportHoldsEverythingAndAfterTheErasureNoRowNamesTheCustomer() {
        String customer = "everything-" + UUID.randomUUID();
        String friend = "friend-of-" + customer;
        CustomerAttributes attributes = CustomerAttributes.newBuilder().setCustomerId(customer).setCountry("DE")
                .setLanguage("de").setSignedUpOn("2024-02-29").setAcquisitionChannel("referral")
                .setAcquisitionCost(usd(12_50)).build();
        String segment = segments.createSegment(CreateSegmentRequest.newBuilder().setName("everything " + customer)
                .setRule(when("customerId", "equals", customer)).build()).getSegment().getId();
        Playbook alert = playbook("alert " + customer, segment, PlaybookAction.newBuilder()
                .setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_ALERT).setAlertMessage("welcome " + customer).build());
        Playbook bonus = playbook("bonus " + customer, segment, PlaybookAction.newBuilder()
                .setKind(PlaybookActionKind.PLAYBOOK_ACTION_KIND_BONUS_POINTS).setProgramId("program-1").setPoints(50).build());

        // The attributes arrive after the playbooks exist: the customer enters the segment and both run.
        segmentation.upsertCustomers(UpsertCustomersRequest.newBuilder().addCustomers(attributes)
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(friend).setReferredBy(customer)).build());
        // A purchase a year ago, then stopped visiting, unhappy, an unresolved contact: HIGH (0.706 without a CLV fit
        // entering, as the single purchase day gives P(alive) 1).
        Instant now = clock.instant();
        segmentation.recordActivity(batch(
                purchase(customer + "-p", customer, now.minus(Duration.ofDays(400)), 40_00),
                activity(customer + "-v", customer, ActivityType.ACTIVITY_TYPE_VISIT, now.minus(Duration.ofDays(60))),
                feedback(customer + "-f", customer, now.minus(Duration.ofDays(10)), FeedbackKind.FEEDBACK_KIND_CSAT, 1),
                supportContact(customer + "-s", customer, now.minus(Duration.ofDays(5)), SupportOutcome.SUPPORT_OUTCOME_UNRESOLVED)));
        var risk = segmentation.scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest.newBuilder().setCustomerId(customer)
                .build()).getChurnRisk();
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH, risk.getLevel());
        // A rule on RFM refreshes the score snapshot; this segment's customer is in it.
        segments.createSegment(CreateSegmentRequest.newBuilder().setName("snapshot " + customer)
                .setRule(all(when("customerId", "equals", customer), when("recencyScore", "atLeast", "1"))).build());
        var rfm = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customer).build())
                .getInsights().getRfm();

        ExportCustomerResponse export = export(customer);

        assertEquals(4, export.getActivitiesCount());
        assertEquals(attributes, export.getAttributes());
        assertEquals(risk, export.getChurnRisk());
        assertEquals(List.of(ChurnIndicator.CHURN_INDICATOR_ENGAGEMENT_DECLINE, ChurnIndicator.CHURN_INDICATOR_NEGATIVE_FEEDBACK,
                ChurnIndicator.CHURN_INDICATOR_UNRESOLVED_SUPPORT),
                export.getChurnRisk().getReasonsList().stream().map(ChurnReason::getIndicator).toList());
        assertEquals(1, export.getChurnLevelChangesCount());
        ChurnLevelChange change = export.getChurnLevelChanges(0);
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_UNSPECIFIED, change.getFromLevel());
        assertEquals(ChurnRiskLevel.CHURN_RISK_LEVEL_HIGH, change.getToLevel());
        assertEquals(risk.getScore(), change.getScore());
        assertEquals(risk.getAsOf(), change.getAsOf());
        Map<String, String> runs = new LinkedHashMap<>();
        export.getPlaybookRunsList().forEach(run -> runs.put(run.getPlaybookName(), run.getArm() + " " + run.getAlertMessage()));
        assertEquals(Map.of(alert.getName(), "TREATED welcome " + customer, bonus.getName(), "TREATED "), runs);
        assertEquals(List.of(alert.getId(), bonus.getId()).stream().sorted().toList(),
                export.getPlaybookRunsList().stream().map(CustomerPlaybookRun::getPlaybookId).sorted().toList());
        assertEquals(rfm.getRecencyScore(), export.getScore().getRecencyScore());
        assertEquals(rfm.getFrequencyScore(), export.getScore().getFrequencyScore());
        assertEquals(rfm.getMonetaryScore(), export.getScore().getMonetaryScore());
        assertEquals(rfm.getSegment(), export.getScore().getRfmSegment());
        assertEquals(2, export.getSegmentsCount());
        assertEquals(1L, outboxEventsNaming(customer));

        segmentation.forgetCustomer(ForgetCustomerRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(Map.of(), rowsNaming(customer));
        assertEquals(0L, outboxEventsNaming(customer));
        ExportCustomerResponse after = export(customer);
        assertEquals(ExportCustomerResponse.newBuilder().setCustomerId(customer).build(), after);
        // The anonymous id carries what aggregates need: the churn risk and its change, the runs, the attributes.
        String anonymous = AnonymousId.of(customer, "local-development-only");
        ExportCustomerResponse anonymised = export(anonymous);
        assertEquals(risk.getScore(), anonymised.getChurnRisk().getScore());
        assertEquals(1, anonymised.getChurnLevelChangesCount());
        assertEquals(2, anonymised.getPlaybookRunsCount());
        assertEquals("DE", anonymised.getAttributes().getCountry());
        assertEquals(anonymous, export(friend).getAttributes().getReferredBy());
    }

    private Playbook playbook(String name, String segmentId, PlaybookAction action) {
        return playbooks.createPlaybook(CreatePlaybookRequest.newBuilder().setName(name)
                .setTrigger(PlaybookTrigger.newBuilder().setSegmentId(segmentId)).setAction(action)
                .setCooldownDays(30).setControlShare(0).build()).getPlaybook();
    }

    private ExportCustomerResponse export(String customer) {
        return segmentation.exportCustomer(ExportCustomerRequest.newBuilder().setCustomerId(customer).build());
    }

    /** Rows naming the customer in any column that holds a customer id, per table and column; every table is asked. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> rowsNaming(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = entityManager.createNativeQuery("""
                    SELECT table_name, column_name FROM information_schema.columns
                    WHERE table_schema = current_schema() AND column_name IN ('customer_id', 'referred_by')
                    ORDER BY table_name, column_name""").getResultList();
            assertTrue(columns.size() >= 11, "tables with a customer column: " + columns.size());
            Map<String, Long> naming = new LinkedHashMap<>();
            for (Object[] column : columns) {
                long rows = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM " + column[0] + " WHERE "
                        + column[1] + " = ?1").setParameter(1, customer).getSingleResult()).longValue();
                if (rows > 0) {
                    naming.put(column[0] + "." + column[1], rows);
                }
            }
            return naming;
        });
    }

    /** Playbook actions whose payload (a contract message) holds the customer id. */
    private long outboxEventsNaming(String customer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE position(?1 IN payload) > 0")
                .setParameter(1, customer.getBytes(StandardCharsets.UTF_8)).getSingleResult()).longValue());
    }
}
