package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.segmentation.v1.CohortBasis;
import org.retentionsuite.proto.segmentation.v1.CohortCell;
import org.retentionsuite.proto.segmentation.v1.CohortPeriod;
import org.retentionsuite.proto.segmentation.v1.CohortRow;
import org.retentionsuite.proto.segmentation.v1.CustomerAttributes;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionRequest;
import org.retentionsuite.proto.segmentation.v1.GetCohortRetentionResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.UpsertCustomersRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.batch;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.purchase;

/** Retention matrices against ones worked out by hand; 1983 is this test's year alone. */
@QuarkusTest
class CohortsOverGrpcTest {

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Test
    void theMonthlyMatrixByFirstPurchaseIsTheHandComputedOne() {
        String p = "cohort-" + UUID.randomUUID() + "-";
        segmentation.recordActivity(batch(
                purchase(p + "j1-1", p + "j1", Days.noon("1983-01-05"), 10_00),
                purchase(p + "j1-2", p + "j1", Days.noon("1983-02-10"), 10_00),
                purchase(p + "j1-3", p + "j1", Days.noon("1983-04-01"), 10_00),
                purchase(p + "j2-1", p + "j2", Days.noon("1983-01-20"), 10_00),
                purchase(p + "j2-2", p + "j2", Days.noon("1983-01-25"), 10_00),
                purchase(p + "j3-1", p + "j3", Days.noon("1983-01-31"), 10_00),
                purchase(p + "j3-2", p + "j3", Days.noon("1983-03-01"), 10_00),
                purchase(p + "f1-1", p + "f1", Days.noon("1983-02-14"), 10_00),
                purchase(p + "f1-2", p + "f1", Days.noon("1983-03-14"), 10_00),
                purchase(p + "f1-3", p + "f1", Days.noon("1983-04-14"), 10_00),
                purchase(p + "f2-1", p + "f2", Days.noon("1983-02-28"), 10_00),
                purchase(p + "a1-1", p + "a1", Days.noon("1983-04-30"), 10_00),
                // First purchase before the range: in no cohort, though active in it.
                purchase(p + "x-1", p + "x", Days.noon("1982-12-31"), 10_00),
                purchase(p + "x-2", p + "x", Days.noon("1983-01-10"), 10_00),
                // After the range.
                purchase(p + "late-1", p + "late", Days.noon("1983-05-01"), 10_00)));

        GetCohortRetentionResponse matrix = segmentation.getCohortRetention(GetCohortRetentionRequest.newBuilder()
                .setPeriod(CohortPeriod.COHORT_PERIOD_MONTH).setFrom("1983-01-01").setTo("1983-04-30").build());

        assertEquals(CohortPeriod.COHORT_PERIOD_MONTH, matrix.getPeriod());
        assertEquals(CohortBasis.COHORT_BASIS_FIRST_PURCHASE, matrix.getBasis());
        assertEquals(List.of(
                row("1983-01-01", 3, 3, 1, 1, 1),
                // No one's first purchase was in March: no row for it.
                row("1983-02-01", 2, 2, 1, 1),
                row("1983-04-01", 1, 1)), matrix.getCohortsList());
    }

    @Test
    void weeksStartOnMondayAndEveryPeriodUpToTheEndIsPresent() {
        String p = "week-" + UUID.randomUUID() + "-";
        // 1983-08-03 is a Wednesday: the cohort is the week of Monday 1983-08-01.
        segmentation.recordActivity(batch(
                purchase(p + "1", p + "w", Days.noon("1983-08-03"), 10_00),
                purchase(p + "2", p + "w", Days.noon("1983-08-18"), 10_00)));

        GetCohortRetentionResponse matrix = segmentation.getCohortRetention(GetCohortRetentionRequest.newBuilder()
                .setPeriod(CohortPeriod.COHORT_PERIOD_WEEK).setFrom("1983-08-01").setTo("1983-08-21").build());

        assertEquals(List.of(row("1983-08-01", 1, 1, 0, 1)), matrix.getCohortsList());
    }

    @Test
    void bySignUpTheCohortIsTheSignUpMonthAndMayHaveNoBuyerAtFirst() {
        String p = "signup-" + UUID.randomUUID() + "-";
        segmentation.upsertCustomers(UpsertCustomersRequest.newBuilder()
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(p + "1").setSignedUpOn("1983-10-10"))
                .addCustomers(CustomerAttributes.newBuilder().setCustomerId(p + "2").setSignedUpOn("1983-10-20"))
                .build());
        segmentation.recordActivity(batch(purchase(p + "e1", p + "1", Days.noon("1983-11-02"), 10_00)));

        GetCohortRetentionResponse matrix = segmentation.getCohortRetention(GetCohortRetentionRequest.newBuilder()
                .setPeriod(CohortPeriod.COHORT_PERIOD_MONTH).setBasis(CohortBasis.COHORT_BASIS_SIGN_UP)
                .setFrom("1983-10-01").setTo("1983-11-30").build());

        assertEquals(CohortBasis.COHORT_BASIS_SIGN_UP, matrix.getBasis());
        assertEquals(List.of(row("1983-10-01", 2, 0, 1)), matrix.getCohortsList());
    }

    @Test
    void withoutDatesTheMatrixCoversTheLastTwelveMonthsUpToToday() {
        String customer = "today-" + UUID.randomUUID();
        segmentation.recordActivity(batch(purchase(customer + "-1", customer, java.time.Instant.now(), 10_00)));

        GetCohortRetentionResponse matrix = segmentation.getCohortRetention(GetCohortRetentionRequest.newBuilder()
                .setPeriod(CohortPeriod.COHORT_PERIOD_MONTH).build());

        java.time.LocalDate thisMonth = java.time.LocalDate.now(java.time.ZoneOffset.UTC).withDayOfMonth(1);
        CohortRow last = matrix.getCohorts(matrix.getCohortsCount() - 1);
        assertEquals(thisMonth.toString(), last.getCohortStart());
        assertEquals(1, last.getCellsCount());
        java.time.LocalDate first = java.time.LocalDate.parse(matrix.getCohorts(0).getCohortStart());
        assertFalse(first.isBefore(thisMonth.minusMonths(11)), "first cohort " + first);
    }

    @Test
    void aMissingPeriodAndReversedDatesAreRefusedByName() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.getCohortRetention(
                GetCohortRetentionRequest.newBuilder().setFrom("1983-05-01").setTo("1983-01-01").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("period", "must be MONTH or WEEK", "to", "must not be before from 1983-05-01"),
                fieldViolations(refused));
    }

    /** A cohort row: its start, size and the active customers of each period from offset 0. */
    private static CohortRow row(String start, long size, long... active) {
        CohortRow.Builder row = CohortRow.newBuilder().setCohortStart(start).setSize(size);
        for (int offset = 0; offset < active.length; offset++) {
            row.addCells(CohortCell.newBuilder().setOffset(offset).setActiveCount(active[offset])
                    .setActivePercent(active[offset] * 100.0 / size));
        }
        return row.build();
    }
}
