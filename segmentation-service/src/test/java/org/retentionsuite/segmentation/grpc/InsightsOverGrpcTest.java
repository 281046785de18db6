package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.CustomerRfm;
import org.retentionsuite.proto.segmentation.v1.CustomerSegment;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresRequest;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.FeedbackKind;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotResponse;
import org.retentionsuite.proto.segmentation.v1.Segment;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc.SegmentServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;

import java.time.Instant;
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
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.returned;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.timestamp;
import static org.retentionsuite.segmentation.grpc.SegmentCalls.when;

@QuarkusTest
class InsightsOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @GrpcClient("segmentation")
    SegmentServiceBlockingStub segments;

    @Test
    void theInsightsAreTheExactCountSpendAndPurchaseTimesOfTheCustomersActivity() {
        String customer = "insights-" + UUID.randomUUID();
        String event = UUID.randomUUID().toString();
        Instant visit = Instant.parse("2024-01-05T08:00:00Z");
        Instant firstPurchase = Instant.parse("2024-01-10T09:30:00.250Z");
        Instant lastPurchase = Instant.parse("2024-02-20T17:45:10.123456789Z");
        Instant returnedAt = Instant.parse("2024-02-25T12:00:00Z");
        segmentation.recordActivity(batch(
                purchase(event + "-2", customer, lastPurchase, 7_25),
                activity(event + "-0", customer, ActivityType.ACTIVITY_TYPE_VISIT, visit),
                purchase(event + "-1", customer, firstPurchase, 12_50),
                returned(event + "-3", customer, returnedAt, 3_00),
                feedback(event + "-4", customer, returnedAt, FeedbackKind.FEEDBACK_KIND_CSAT, 4),
                purchase(event + "-other", "someone-else-" + customer, firstPurchase.minusSeconds(3600), 99_00)));

        CustomerInsights insights = insightsOf(customer);

        assertEquals(CustomerInsights.newBuilder()
                .setCustomerId(customer)
                .setPurchaseCount(2)
                .setTotalSpend(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(12_50 + 7_25 - 3_00))
                .setFirstPurchaseAt(timestamp(firstPurchase))
                // Stored to the microsecond.
                .setLastPurchaseAt(timestamp(Instant.parse("2024-02-20T17:45:10.123456Z")))
                .build(), insights);
    }

    @Test
    void theInsightsCarryTheCustomersRfmOfTheStoredSnapshotCohortAndChurnRiskAsOfToday() {
        String customer = "profile-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                purchase(customer + "-1", customer, Instant.parse("2024-01-10T09:00:00Z"), 20_00),
                purchase(customer + "-2", customer, Instant.parse("2024-02-10T09:00:00Z"), 30_00),
                returned(customer + "-3", customer, Instant.parse("2024-02-11T09:00:00Z"), 5_00)));
        RefreshRfmSnapshotResponse snapshot = segmentation.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance());

        CustomerInsights insights = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                .setCustomerId(customer).build()).getInsights();

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertEquals(today, snapshot.getAsOf());
        // The snapshot holds this customer's row: its computing time says how fresh the figures are.
        assertEquals(snapshot.getComputedAt(), insights.getRfm().getComputedAt());
        assertEquals("2024-01", insights.getCohortMonth());
        assertEquals(customer, insights.getRfm().getCustomerId());
        assertEquals(today, insights.getRfm().getAsOf());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2024, 2, 10),
                java.time.LocalDate.parse(today)), insights.getRfm().getRecencyDays());
        assertEquals(2, insights.getRfm().getFrequency());
        assertEquals(45_00, insights.getRfm().getMonetary().getAmountMinor());
        assertEquals(org.retentionsuite.segmentation.domain.rfm.RfmSegment.of(insights.getRfm().getRecencyScore(),
                        insights.getRfm().getFrequencyScore(), insights.getRfm().getMonetaryScore()).name(),
                insights.getRfm().getSegment().name().substring("RFM_SEGMENT_".length()));
        assertEquals(customer, insights.getChurnRisk().getCustomerId());
        assertEquals(today, insights.getChurnRisk().getAsOf());
        // Two purchases a month apart and none for years since: overdue, whatever the CLV fit says.
        assertEquals(org.retentionsuite.proto.segmentation.v1.ChurnIndicator.CHURN_INDICATOR_OVERDUE_PURCHASE,
                insights.getChurnRisk().getReasonsList().stream()
                        .filter(r -> r.getIndicator() != org.retentionsuite.proto.segmentation.v1.ChurnIndicator
                                .CHURN_INDICATOR_LOW_PROBABILITY_ALIVE)
                        .findFirst().orElseThrow().getIndicator());
        assertEquals(false, insights.hasAttributes());
    }

    @Test
    void theSnapshotScoresACustomerAsRankingEveryCustomerOnTheSpotDoes() {
        String customer = "ranked-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                purchase(customer + "-1", customer, Instant.parse("2024-03-01T09:00:00Z"), 120_00),
                purchase(customer + "-2", customer, Instant.parse("2024-05-01T09:00:00Z"), 80_00),
                purchase(customer + "-3", customer, Instant.parse("2024-06-01T09:00:00Z"), 10_00)));
        segmentation.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance());

        CustomerRfm stored = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                .setCustomerId(customer).build()).getInsights().getRfm();

        assertEquals(onTheSpot(customer), stored.toBuilder().clearComputedAt().build());
    }

    @Test
    void aCustomerWhoFirstPurchasedAfterTheSnapshotHasTheirOwnValuesScoredAmongItsCustomers() {
        RefreshRfmSnapshotResponse snapshot = segmentation.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance());
        String customer = "newcomer-" + UUID.randomUUID();
        Instant lastPurchase = Instant.parse("2024-07-01T09:00:00Z");
        segmentation.recordActivity(batch(
                purchase(customer + "-1", customer, Instant.parse("2024-06-01T09:00:00Z"), 15_00),
                purchase(customer + "-2", customer, lastPurchase, 25_00)));

        CustomerRfm rfm = segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                .setCustomerId(customer).build()).getInsights().getRfm();

        assertEquals(snapshot.getComputedAt(), rfm.getComputedAt());
        assertEquals(snapshot.getAsOf(), rfm.getAsOf());
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2024, 7, 1),
                java.time.LocalDate.parse(snapshot.getAsOf())), rfm.getRecencyDays());
        assertEquals(2, rfm.getFrequency());
        assertEquals(40_00, rfm.getMonetary().getAmountMinor());
        assertEquals(org.retentionsuite.segmentation.domain.rfm.RfmSegment.of(rfm.getRecencyScore(),
                        rfm.getFrequencyScore(), rfm.getMonetaryScore()).name(),
                rfm.getSegment().name().substring("RFM_SEGMENT_".length()));
    }

    /** The customer's RFM as ListRfmScores ranks every customer as of today, paging through all of them. */
    private CustomerRfm onTheSpot(String customer) {
        String token = "";
        do {
            ListRfmScoresResponse page = segmentation.listRfmScores(ListRfmScoresRequest.newBuilder()
                    .setPageSize(1000).setPageToken(token).build());
            for (CustomerRfm rfm : page.getCustomersList()) {
                if (rfm.getCustomerId().equals(customer)) {
                    return rfm;
                }
            }
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        throw new AssertionError(customer + " is not ranked");
    }

    @Test
    void aCustomerWithOnlyVisitsHasNoPurchasesAndZeroSpend() {
        String customer = "visitor-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                activity(UUID.randomUUID().toString(), customer, ActivityType.ACTIVITY_TYPE_VISIT,
                        Instant.parse("2024-04-01T10:00:00Z")),
                activity(UUID.randomUUID().toString(), customer, ActivityType.ACTIVITY_TYPE_VISIT,
                        Instant.parse("2024-04-02T10:00:00Z"))));

        CustomerInsights insights = insightsOf(customer);

        assertEquals(CustomerInsights.newBuilder()
                .setCustomerId(customer)
                .setPurchaseCount(0)
                .setTotalSpend(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(0))
                .build(), insights);
    }

    @Test
    void aFreeOrderCountsAsAPurchaseWithoutAddingSpend() {
        String customer = "free-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                purchase(UUID.randomUUID().toString(), customer, Instant.parse("2024-04-01T10:00:00Z"), 0),
                purchase(UUID.randomUUID().toString(), customer, Instant.parse("2024-04-03T10:00:00Z"), 12_34)));

        CustomerInsights insights = insightsOf(customer);

        assertEquals(2, insights.getPurchaseCount());
        assertEquals(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(12_34).build(), insights.getTotalSpend());
        assertEquals(Instant.parse("2024-04-01T10:00:00Z").getEpochSecond(), insights.getFirstPurchaseAt().getSeconds());
    }

    @Test
    void aCustomerWhoOnlyReturnedHasANegativeSpendAndNoPurchases() {
        String customer = "returner-" + UUID.randomUUID();
        segmentation.recordActivity(batch(
                returned(UUID.randomUUID().toString(), customer, Instant.parse("2024-04-01T10:00:00Z"), 4_99)));

        CustomerInsights insights = insightsOf(customer);

        assertEquals(0, insights.getPurchaseCount());
        assertEquals(Money.newBuilder().setCurrencyCode("USD").setAmountMinor(-4_99).build(), insights.getTotalSpend());
        assertEquals(false, insights.hasFirstPurchaseAt());
        assertEquals(false, insights.hasLastPurchaseAt());
    }

    @Test
    void theInsightsListTheSegmentsTheCustomerIsInNowByNameWithTheirEntryTimes() {
        String customer = "segmented-" + UUID.randomUUID();
        String outsider = "unsegmented-" + UUID.randomUUID();
        Instant day = Instant.parse("2024-03-01T10:00:00Z");
        segmentation.recordActivity(batch(purchase(customer + "-p", customer, day, 10_00),
                purchase(outsider + "-p", outsider, day, 10_00)));
        Segment later = segment("zz insights " + customer, customer);
        Segment earlier = segment("aa insights " + customer, customer);

        CustomerInsights insights = insightsOf(customer);

        assertEquals(List.of(
                CustomerSegment.newBuilder().setSegmentId(earlier.getId()).setSegmentName(earlier.getName())
                        .setEnteredAt(earlier.getCreatedAt()).build(),
                CustomerSegment.newBuilder().setSegmentId(later.getId()).setSegmentName(later.getName())
                        .setEnteredAt(later.getCreatedAt()).build()),
                insights.getSegmentsList());
        assertEquals(List.of(), insightsOf(outsider).getSegmentsList());
    }

    @Test
    void aCustomerWithoutRecordedActivityIsNotFound() {
        String customer = "unknown-" + UUID.randomUUID();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> insightsOf(customer));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("no activity recorded for customer " + customer, refused.getStatus().getDescription());
    }

    @Test
    void aMissingCustomerIdIsAnInvalidArgument() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> insightsOf(" "));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("customer_id", "is required"), fieldViolations(refused));
    }

    private Segment segment(String name, String customer) {
        return segments.createSegment(CreateSegmentRequest.newBuilder().setName(name)
                .setRule(when("customerId", "equals", customer)).build()).getSegment();
    }

    /** The figures of the customer's activity, without what is derived from all customers (RFM, churn risk, ...). */
    private CustomerInsights insightsOf(String customerId) {
        return segmentation.getCustomerInsights(GetCustomerInsightsRequest.newBuilder().setCustomerId(customerId).build())
                .getInsights().toBuilder()
                .clearRfm().clearClv().clearChurnRisk().clearCohortMonth().clearAttributes()
                .build();
    }
}
