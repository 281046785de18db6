package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.GetKpisRequest;
import org.retentionsuite.proto.segmentation.v1.Kpis;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.returned;

/**
 * Each KPI formula on a hand-computed case: March 1986 with a 30-day churn window (no other test
 * records activity from 1985-06 to 1986-04). The start window is 1986-01-30 … 02-28, the end
 * window 1986-03-02 … 03-31.
 */
@QuarkusTest
class KpisOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Test
    void theKpisOfMarchAreTheHandComputedOnes() {
        String p = "kpi-" + UUID.randomUUID() + "-";
        segmentation.recordActivity(batch(
                // a: active at start and end, not new; one purchase in March, and a return that AOV leaves out.
                purchase(p + "a1", p + "a", Days.noon("1986-02-10"), 50_00),
                purchase(p + "a2", p + "a", Days.noon("1986-03-10"), 30_00),
                returned(p + "a3", p + "a", Days.noon("1986-03-12"), 5_00),
                // b: active at start, no purchase since: lost.
                purchase(p + "b1", p + "b", Days.noon("1986-02-20"), 20_00),
                // c: active at start; bought on 03-01, outside the end window: lost.
                purchase(p + "c1", p + "c", Days.noon("1986-01-05"), 10_00),
                purchase(p + "c2", p + "c", Days.noon("1986-02-25"), 40_00),
                purchase(p + "c3", p + "c", Days.noon("1986-03-01"), 60_00),
                // d and e: new in March; d bought twice.
                purchase(p + "d1", p + "d", Days.noon("1986-03-05"), 25_00),
                purchase(p + "d2", p + "d", Days.noon("1986-03-20"), 35_00),
                purchase(p + "e1", p + "e", Days.noon("1986-03-15"), 15_00),
                // f: back after a long pause: active at the end, neither at the start nor new.
                purchase(p + "f1", p + "f", Days.noon("1985-06-01"), 100_00),
                purchase(p + "f2", p + "f", Days.noon("1986-03-25"), 45_00),
                // g: first purchase after the period: counts nowhere.
                purchase(p + "g1", p + "g", Days.noon("1986-04-05"), 99_00)));
        segmentation.upsertCustomers(UpsertCustomersRequest.newBuilder()
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(p + "d").setAcquisitionChannel("paid_search")
                        .setAcquisitionCost(usd(3_00)))
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(p + "e").setAcquisitionChannel("referral")
                        .setReferredBy(p + "a").setAcquisitionCost(usd(5_00)))
                .build());

        Kpis kpis = segmentation.getKpis(GetKpisRequest.newBuilder()
                .setFrom("1986-03-01").setTo("1986-03-31").setChurnWindowDays(30).build()).getKpis();

        assertEquals(Kpis.newBuilder()
                .setFrom("1986-03-01").setTo("1986-03-31").setChurnWindowDays(30)
                .setCustomersAtStart(3)        // a, b, c
                .setCustomersAtEnd(4)          // a, d, e, f
                .setNewCustomers(2)            // d, e
                .setLostCustomers(2)           // b, c
                .setPurchasingCustomers(5)     // a, c, d, e, f
                .setPurchaseCount(6)
                .setRetentionRate((4 - 2) * 100.0 / 3)
                .setChurnRate(2 * 100.0 / 3)
                .setAverageOrderValue(usd(35_00))   // 210.00 / 6
                .setPurchaseFrequency(6 / 5.0)
                .setRepeatPurchaseRate(20.0)        // d of 5
                .setReferralRate(50.0)              // e of d and e
                .setAverageAcquisitionCost(usd(4_00))
                .setExpectedLifetimePeriods(100 / (2 * 100.0 / 3))
                .setSimpleCltv(usd(59_00))          // 35.00 × 1.2 × 1.5 − 4.00
                .build(), kpis);
    }

    @Test
    void withNobodyActiveAtTheStartTheRatesThatDivideByItAreAbsent() {
        Kpis kpis = segmentation.getKpis(GetKpisRequest.newBuilder().setFrom("1975-01-01").setTo("1975-01-31").build())
                .getKpis();

        assertEquals(90, kpis.getChurnWindowDays());
        assertEquals(0, kpis.getCustomersAtStart());
        assertFalse(kpis.hasRetentionRate());
        assertFalse(kpis.hasChurnRate());
        assertFalse(kpis.hasReferralRate());
        assertFalse(kpis.hasExpectedLifetimePeriods());
        assertFalse(kpis.hasSimpleCltv());
        assertEquals(usd(0), kpis.getAverageOrderValue());
        assertEquals(0.0, kpis.getPurchaseFrequency());
    }

    @Test
    void aPeriodEndingBeforeItStartsAndAWindowOutOfRangeAreRefusedByName() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.getKpis(
                GetKpisRequest.newBuilder().setFrom("1986-03-31").setTo("1986-03-01").setChurnWindowDays(-1).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("to", "must not be before from 1986-03-31", "churn_window_days", "must be 1 to 3650"),
                fieldViolations(refused));

        StatusRuntimeException missing = assertThrows(StatusRuntimeException.class,
                () -> segmentation.getKpis(GetKpisRequest.newBuilder().setTo("1986-03-01").build()));
        assertEquals(Map.of("from", "is required"), fieldViolations(missing));
    }

    static Money usd(long minor) {
        return Money.newBuilder().setCurrencyCode("USD").setAmountMinor(minor).build();
    }
}
