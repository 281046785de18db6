package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.VipCustomer;
import org.retentionsuite.proto.segmentation.v1.VipRanking;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.returned;
import static org.retentionsuite.segmentation.grpc.KpisOverGrpcTest.usd;

/** Customers of millions and of hundreds of purchases, far beyond any other test's, top the rankings. */
@QuarkusTest
class VipOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Test
    void theTopCustomersBySpendAreRankedByPurchasesLessReturns() {
        String p = "vip-" + UUID.randomUUID() + "-";
        segmentation.recordActivity(batch(
                purchase(p + "1", p + "gold", Days.noon("1979-01-01"), 900_000_000),
                purchase(p + "2", p + "silver", Days.noon("1979-01-02"), 500_000_000),
                purchase(p + "3", p + "silver", Days.noon("1979-01-03"), 300_000_000),
                purchase(p + "4", p + "bronze", Days.noon("1979-01-04"), 850_000_000),
                returned(p + "5", p + "bronze", Days.noon("1979-01-05"), 150_000_000)));

        ListVipCustomersResponse top = segmentation.listVipCustomers(ListVipCustomersRequest.newBuilder()
                .setRanking(VipRanking.VIP_RANKING_SPEND).setLimit(3).build());

        assertEquals(VipRanking.VIP_RANKING_SPEND, top.getRanking());
        assertEquals(List.of(
                vip(1, p + "gold", 900_000_000, 1),
                vip(2, p + "silver", 800_000_000, 2),
                vip(3, p + "bronze", 700_000_000, 1)), top.getCustomersList());
    }

    @Test
    void theTopCustomersByFrequencyAreRankedByPurchases() {
        String p = "freq-" + UUID.randomUUID() + "-";
        Activity[] many = IntStream.range(0, 600).mapToObj(i -> purchase(p + "a" + i, p + "often",
                Days.noon("1979-02-01").plusSeconds(i), 1)).toArray(Activity[]::new);
        Activity[] fewer = IntStream.range(0, 550).mapToObj(i -> purchase(p + "b" + i, p + "regular",
                Days.noon("1979-02-01").plusSeconds(i), 2)).toArray(Activity[]::new);
        segmentation.recordActivity(batch(many));
        segmentation.recordActivity(batch(fewer));

        ListVipCustomersResponse top = segmentation.listVipCustomers(ListVipCustomersRequest.newBuilder()
                .setRanking(VipRanking.VIP_RANKING_FREQUENCY).setLimit(2).build());

        assertEquals(List.of(vip(1, p + "often", 600, 600), vip(2, p + "regular", 1100, 550)), top.getCustomersList());
    }

    @Test
    void theTopCustomersByClvHaveTheClvTheirOwnPredictionGivesInDescendingOrder() {
        segmentation.importActivity(ImportActivityRequest.newBuilder().setCsv(CdnowCsv.read()).build());
        String fitId = segmentation.fitClvModel(FitClvModelRequest.newBuilder().setCalibrationStart("1997-01-01")
                .setCalibrationEnd("1997-09-30").setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build()).getFit().getId();

        List<VipCustomer> top = segmentation.listVipCustomers(ListVipCustomersRequest.newBuilder()
                .setRanking(VipRanking.VIP_RANKING_CLV).setLimit(5).build()).getCustomersList();

        assertEquals(5, top.size());
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < top.size(); i++) {
            VipCustomer customer = top.get(i);
            CustomerClv clv = segmentation.getCustomerClv(GetCustomerClvRequest.newBuilder()
                    .setCustomerId(customer.getCustomerId()).setFitId(fitId).build()).getClv();
            assertEquals(i + 1, customer.getRank());
            assertEquals(clv.getClv(), customer.getClv());
            assertTrue(customer.getClv().getAmountMinor() <= previous);
            previous = customer.getClv().getAmountMinor();
        }
        // Keeping the best thousand instead of five changes none of the first five.
        assertEquals(top.get(4).getClv(), segmentation.listVipCustomers(ListVipCustomersRequest.newBuilder()
                .setRanking(VipRanking.VIP_RANKING_CLV).setLimit(1000).build()).getCustomers(4).getClv());
    }

    @Test
    void aMissingRankingAndALimitOutOfRangeAreRefusedByName() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.listVipCustomers(
                ListVipCustomersRequest.newBuilder().setLimit(1001).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("ranking", "must be SPEND, FREQUENCY or CLV", "limit", "must be 1 to 1000"),
                fieldViolations(refused));
    }

    private static VipCustomer vip(int rank, String customer, long spend, long purchases) {
        return VipCustomer.newBuilder().setRank(rank).setCustomerId(customer).setTotalSpend(usd(spend))
                .setPurchaseCount(purchases).build();
    }
}
