package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.CustomerRfm;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionRequest;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionResponse;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresRequest;
import org.retentionsuite.proto.segmentation.v1.ListRfmScoresResponse;
import org.retentionsuite.proto.segmentation.v1.RfmSegment;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.returned;

/**
 * RFM on a hand-made set of ten customers in 1981 (no other test records activity that year):
 * two customers per quintile, so each score is known by hand.
 */
@QuarkusTest
class RfmOverGrpcTest {

    private static final String AS_OF = "1981-12-31";
    private static final String SINCE = "1981-01-01";
    /** Per customer c0..c9: purchases and their total in cents. Recency of c_i is 10 × i days. */
    private static final int[] FREQUENCY = {1, 9, 7, 8, 5, 3, 10, 6, 4, 2};
    private static final long[] MONETARY = {10_00, 90_00, 30_00, 70_00, 50_00, 60_00, 100_00, 80_00, 40_00, 20_00};
    /** Worked out by hand: R = 5 − i / 2; F and M by the order of the values above, two per quintile. */
    private static final int[][] SCORES = {
            {5, 1, 1}, {5, 5, 5}, {4, 4, 2}, {4, 4, 4}, {3, 3, 3}, {3, 2, 3}, {2, 5, 5}, {2, 3, 4}, {1, 2, 2}, {1, 1, 1}};
    private static final RfmSegment[] SEGMENTS = {
            RfmSegment.RFM_SEGMENT_NEW, RfmSegment.RFM_SEGMENT_CHAMPIONS, RfmSegment.RFM_SEGMENT_POTENTIAL_LOYALIST,
            RfmSegment.RFM_SEGMENT_LOYAL, RfmSegment.RFM_SEGMENT_NEED_ATTENTION, RfmSegment.RFM_SEGMENT_NEED_ATTENTION,
            RfmSegment.RFM_SEGMENT_CANT_LOSE_THEM, RfmSegment.RFM_SEGMENT_AT_RISK, RfmSegment.RFM_SEGMENT_HIBERNATING,
            RfmSegment.RFM_SEGMENT_LOST};

    private static String prefix;

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @BeforeEach
    void recordTheSetOnce() {
        if (prefix != null) {
            return;
        }
        prefix = "rfm-" + UUID.randomUUID() + "-c";
        List<Activity> activities = new ArrayList<>();
        LocalDate asOf = LocalDate.parse(AS_OF);
        for (int i = 0; i < 10; i++) {
            String customer = prefix + i;
            long each = MONETARY[i] / FREQUENCY[i];
            for (int k = 0; k < FREQUENCY[i]; k++) {
                // The last purchase (k = 0) is 10 × i days before the as-of date, the others a day apart before it.
                long amount = k == 0 ? MONETARY[i] - each * (FREQUENCY[i] - 1) : each;
                activities.add(purchase(UUID.randomUUID().toString(), customer,
                        Days.noon(asOf.minusDays(10L * i + k)), amount));
            }
        }
        // c6 bought 10.00 more and returned it: monetary is purchases less returns.
        activities.add(purchase(UUID.randomUUID().toString(), prefix + 6, Days.noon("1981-06-01"), 10_00));
        activities.add(returned(UUID.randomUUID().toString(), prefix + 6, Days.noon("1981-06-02"), 10_00));
        // Outside the analysed period: before since, and after the as-of date.
        activities.add(purchase(UUID.randomUUID().toString(), prefix + 9, Days.noon("1980-12-15"), 1_000_00));
        activities.add(purchase(UUID.randomUUID().toString(), prefix + 0, Days.noon("1982-01-05"), 1_000_00));
        segmentation.recordActivity(batch(activities.toArray(Activity[]::new)));
    }

    @Test
    void everyCustomerHasTheHandComputedValuesScoresAndSegment() {
        ListRfmScoresResponse page = segmentation.listRfmScores(ListRfmScoresRequest.newBuilder()
                .setAsOf(AS_OF).setSince(SINCE).setPageSize(1000).build());

        assertEquals(10, page.getCustomersCount());
        assertEquals("", page.getNextPageToken());
        for (int i = 0; i < 10; i++) {
            CustomerRfm rfm = page.getCustomers(i);
            assertEquals(prefix + i, rfm.getCustomerId());
            assertEquals(AS_OF, rfm.getAsOf());
            assertEquals(10 * i, rfm.getRecencyDays(), "recency of c" + i);
            assertEquals(FREQUENCY[i] + (i == 6 ? 1 : 0), rfm.getFrequency(), "frequency of c" + i);
            assertEquals(MONETARY[i], rfm.getMonetary().getAmountMinor(), "monetary of c" + i);
            assertEquals("USD", rfm.getMonetary().getCurrencyCode());
            assertEquals(List.of(SCORES[i][0], SCORES[i][1], SCORES[i][2]),
                    List.of(rfm.getRecencyScore(), rfm.getFrequencyScore(), rfm.getMonetaryScore()), "scores of c" + i);
            assertEquals(SEGMENTS[i], rfm.getSegment(), "segment of c" + i);
        }
    }

    @Test
    void theDistributionCountsEverySegmentAlsoTheEmptyOnes() {
        GetRfmDistributionResponse distribution = segmentation.getRfmDistribution(GetRfmDistributionRequest.newBuilder()
                .setAsOf(AS_OF).setSince(SINCE).build());

        assertEquals(AS_OF, distribution.getAsOf());
        assertEquals(10, distribution.getCustomerCount());
        Map<RfmSegment, Long> counts = new LinkedHashMap<>();
        Map<RfmSegment, Double> shares = new LinkedHashMap<>();
        distribution.getSegmentsList().forEach(s -> {
            counts.put(s.getSegment(), s.getCustomerCount());
            shares.put(s.getSegment(), s.getSharePercent());
        });
        Map<RfmSegment, Long> expected = new LinkedHashMap<>();
        expected.put(RfmSegment.RFM_SEGMENT_CHAMPIONS, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_LOYAL, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_POTENTIAL_LOYALIST, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_NEW, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_PROMISING, 0L);
        expected.put(RfmSegment.RFM_SEGMENT_NEED_ATTENTION, 2L);
        expected.put(RfmSegment.RFM_SEGMENT_ABOUT_TO_SLEEP, 0L);
        expected.put(RfmSegment.RFM_SEGMENT_AT_RISK, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_CANT_LOSE_THEM, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_HIBERNATING, 1L);
        expected.put(RfmSegment.RFM_SEGMENT_LOST, 1L);
        assertEquals(expected, counts);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(counts.keySet()));
        assertEquals(20.0, shares.get(RfmSegment.RFM_SEGMENT_NEED_ATTENTION));
        assertEquals(0.0, shares.get(RfmSegment.RFM_SEGMENT_PROMISING));
    }

    @Test
    void pagesFollowTheirTokensAndASegmentFilterKeepsOnlyItsCustomers() {
        ListRfmScoresRequest first = ListRfmScoresRequest.newBuilder().setAsOf(AS_OF).setSince(SINCE).setPageSize(4).build();
        ListRfmScoresResponse page1 = segmentation.listRfmScores(first);
        ListRfmScoresResponse page2 = segmentation.listRfmScores(first.toBuilder()
                .setPageToken(page1.getNextPageToken()).build());
        ListRfmScoresResponse page3 = segmentation.listRfmScores(first.toBuilder()
                .setPageToken(page2.getNextPageToken()).build());

        assertEquals(List.of(prefix + 0, prefix + 1, prefix + 2, prefix + 3), ids(page1));
        assertEquals(List.of(prefix + 4, prefix + 5, prefix + 6, prefix + 7), ids(page2));
        assertEquals(List.of(prefix + 8, prefix + 9), ids(page3));
        assertEquals("", page3.getNextPageToken());

        ListRfmScoresResponse needAttention = segmentation.listRfmScores(first.toBuilder()
                .setSegment(RfmSegment.RFM_SEGMENT_NEED_ATTENTION).build());
        assertEquals(List.of(prefix + 4, prefix + 5), ids(needAttention));
    }

    @Test
    void withoutSinceEveryPurchaseUpToTheAsOfDateCounts() {
        ListRfmScoresResponse page = segmentation.listRfmScores(ListRfmScoresRequest.newBuilder()
                .setAsOf(AS_OF).setPageSize(1000).build());

        CustomerRfm c9 = page.getCustomersList().stream().filter(c -> c.getCustomerId().equals(prefix + 9))
                .findFirst().orElseThrow();
        assertEquals(3, c9.getFrequency());
        assertEquals(1_020_00, c9.getMonetary().getAmountMinor());
    }

    @Test
    void badDatesAndAForeignPageTokenAreRefusedByName() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.listRfmScores(
                ListRfmScoresRequest.newBuilder().setAsOf("31.12.1981").setSince("1982-01-01").setPageSize(1001)
                        .setPageToken("!!").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("as_of", "must be an ISO date such as 2024-01-31",
                "page_size", "must be 1 to 1000",
                "page_token", "is not a token of a previous page"), fieldViolations(refused));

        StatusRuntimeException reversed = assertThrows(StatusRuntimeException.class, () -> segmentation.getRfmDistribution(
                GetRfmDistributionRequest.newBuilder().setAsOf(AS_OF).setSince("1982-01-01").build()));
        assertEquals(Map.of("since", "must not be after as_of 1981-12-31"), fieldViolations(reversed));
    }

    private static List<String> ids(ListRfmScoresResponse page) {
        return page.getCustomersList().stream().map(CustomerRfm::getCustomerId).toList();
    }
}
