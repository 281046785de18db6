package org.retentionsuite.segmentation.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.ClvFit;
import org.retentionsuite.proto.segmentation.v1.ClvHoldoutReport;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvFitRequest;
import org.retentionsuite.proto.segmentation.v1.GetClvHoldoutReportRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerClvRequest;
import org.retentionsuite.proto.segmentation.v1.HoldoutGroup;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.segmentation.domain.clv.BgNbd;
import org.retentionsuite.segmentation.domain.clv.BgNbdParameters;
import org.retentionsuite.segmentation.domain.clv.CdnowSummaries;
import org.retentionsuite.segmentation.domain.clv.GammaGamma;
import org.retentionsuite.segmentation.domain.clv.GammaGammaParameters;
import org.retentionsuite.segmentation.domain.clv.PurchaseHistory;
import org.retentionsuite.segmentation.repository.ActivityRepository;
import org.retentionsuite.segmentation.repository.PurchaseSummaryRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.segmentation.domain.clv.CdnowSummaries.assertWithinOnePercent;
import static org.retentionsuite.segmentation.grpc.ActivityOverGrpcTest.fieldViolations;

/**
 * The CDNOW sample (1997-1998) imported over gRPC. Its fits take the cohort that first purchased from
 * 1997-01-01 on, as the CDNOW studies do; other tests of this run record purchases in other years.
 */
@QuarkusTest
class ClvOverGrpcTest {

    private static final String CALIBRATION_START = "1997-01-01";
    private static final String CALIBRATION_END = "1997-09-30";

    @GrpcClient("segmentation")
    SegmentationServiceBlockingStub segmentation;

    @Inject
    ActivityRepository activities;

    @Inject
    PurchaseSummaryRepository summaries;

    @Test
    void theCdnowSampleIsImportedRowForRowAndASecondImportRecordsNothing() {
        importCdnow();

        ImportActivityResponse again = importCdnow();

        assertEquals(ImportActivityResponse.newBuilder()
                .setRowCount(CdnowCsv.ROWS).setRecordedCount(0).setDuplicateCount(CdnowCsv.ROWS).build(), again);
        assertEquals(CdnowCsv.ROWS, activities.count("occurredAt >= ?1 and occurredAt < ?2",
                Instant.parse("1997-01-01T00:00:00Z"), Instant.parse("1999-01-01T00:00:00Z")));
    }

    @Test
    void theCdnowHistoriesAggregatedInTheDatabaseAreThePublishedWeeklySummary() {
        importCdnow();

        var computed = QuarkusTransaction.requiringNew().call(() ->
                summaries.histories(LocalDate.parse(CALIBRATION_START), LocalDate.parse(CALIBRATION_END), org.retentionsuite.segmentation.domain.clv.ClvTimeUnit.WEEK,
                        Currency.getInstance("USD")));

        assertEquals(rounded(CdnowSummaries.histories()), rounded(computed));
    }

    @Test
    void fittingOnTheCdnowSampleReproducesThePublishedParametersWithinOnePercentAndStoresTheFit() {
        importCdnow();

        ClvFit fit = fitCdnow();

        assertWithinOnePercent(0.243, fit.getBgnbd().getR());
        assertWithinOnePercent(4.414, fit.getBgnbd().getAlpha());
        assertWithinOnePercent(0.793, fit.getBgnbd().getA());
        assertWithinOnePercent(2.426, fit.getBgnbd().getB());
        assertWithinOnePercent(-9582.4, fit.getBgnbd().getLogLikelihood());
        assertWithinOnePercent(6.25, fit.getGammaGamma().getP());
        assertWithinOnePercent(3.74, fit.getGammaGamma().getQ());
        assertWithinOnePercent(15.44, fit.getGammaGamma().getGamma());
        assertEquals(2357, fit.getCustomerCount());
        assertEquals(CdnowSummaries.repeatSpends().size(), fit.getRepeatBuyerCount());
        assertEquals(CALIBRATION_START, fit.getCalibrationStart());
        assertEquals(CALIBRATION_END, fit.getCalibrationEnd());
        assertEquals(ClvTimeUnit.CLV_TIME_UNIT_WEEK, fit.getTimeUnit());
        assertEquals("USD", fit.getCurrencyCode());
        assertTrue(fit.getBgnbd().getRStandardError() > 0 && fit.getBgnbd().getRStandardError() < 0.1,
                "standard error of r: " + fit.getBgnbd().getRStandardError());
        assertTrue(fit.getGammaGamma().getPStandardError() > 0, "standard error of p");
        assertEquals(fit, segmentation.getClvFit(GetClvFitRequest.newBuilder().setFitId(fit.getId()).build()).getFit());
    }

    @Test
    void aCustomersClvIsPredictedFromTheirHistoryAtTheCalibrationEndUnderTheFit() {
        importCdnow();
        ClvFit fit = fitCdnow();

        CustomerClv clv = segmentation.getCustomerClv(GetCustomerClvRequest.newBuilder()
                .setCustomerId("1").setFitId(fit.getId()).setHorizon(52).build()).getClv();

        // Customer 1 bought on 1997-01-01, 01-18 and 08-02: x = 2, t_x = 213 days, T = 272 days.
        BgNbdParameters bgnbd = new BgNbdParameters(fit.getBgnbd().getR(), fit.getBgnbd().getAlpha(),
                fit.getBgnbd().getA(), fit.getBgnbd().getB());
        GammaGammaParameters gammaGamma = new GammaGammaParameters(fit.getGammaGamma().getP(), fit.getGammaGamma().getQ(),
                fit.getGammaGamma().getGamma());
        assertEquals(2, clv.getRepeatPurchases());
        assertEquals(213 / 7.0, clv.getRecency(), 1e-12);
        assertEquals(272 / 7.0, clv.getAge(), 1e-12);
        assertEquals(BgNbd.probabilityAlive(bgnbd, 2, 213 / 7.0, 272 / 7.0), clv.getProbabilityAlive(), 1e-12);
        assertEquals(BgNbd.expectedPurchases(bgnbd, 2, 213 / 7.0, 272 / 7.0, 52), clv.getExpectedPurchases(), 1e-12);
        assertEquals(cents(GammaGamma.expectedAverageSpend(gammaGamma, 2, (29.73 + 14.96) / 2)), clv.getExpectedAverageSpend());
        assertEquals(fit.getId(), clv.getFitId());
        assertEquals(52, clv.getHorizon());
        assertEquals(0.10, clv.getAnnualDiscountRate());
        // Discounting makes the CLV less than the undiscounted expected spend, but not by more than a year's 10 %.
        double undiscounted = clv.getExpectedPurchases() * clv.getExpectedAverageSpend().getAmountMinor();
        assertTrue(clv.getClv().getAmountMinor() < undiscounted && clv.getClv().getAmountMinor() > undiscounted / 1.1,
                clv.getClv() + " against " + undiscounted);
    }

    @Test
    void withoutAFitIdTheLatestFitIsUsedAndWithoutAHorizonOneYear() {
        importCdnow();
        fitCdnow();
        ClvFit latest = fitCdnow();

        CustomerClv clv = segmentation.getCustomerClv(GetCustomerClvRequest.newBuilder().setCustomerId("1").build()).getClv();

        assertEquals(latest.getId(), clv.getFitId());
        assertEquals(52, clv.getHorizon());
    }

    @Test
    void theHoldoutReportSetsThePredictedRepeatPurchasesOfTheNextThirtyNineWeeksAgainstTheActualOnes() {
        importCdnow();
        ClvFit fit = fitCdnow();

        ClvHoldoutReport report = segmentation.getClvHoldoutReport(GetClvHoldoutReportRequest.newBuilder()
                .setFitId(fit.getId()).setHoldoutEnd("1998-06-30").build()).getReport();

        // Counted from the raw file: purchase days from 1997-10-01 to 1998-06-30 of the 2,357 customers.
        assertEquals(39.0, report.getHoldoutLength(), 1e-12);
        assertEquals(2357, report.getCustomerCount());
        assertEquals(1882, report.getActualPurchases());
        assertEquals(8, report.getGroupsCount());
        assertEquals(HoldoutGroup.newBuilder().setCalibrationRepeatPurchases(0).setOrMore(false).setCustomerCount(1411)
                .setActualAverage(334.0 / 1411).setPredictedAverage(report.getGroups(0).getPredictedAverage()).build(),
                report.getGroups(0));
        assertEquals(HoldoutGroup.newBuilder().setCalibrationRepeatPurchases(7).setOrMore(true).setCustomerCount(64)
                .setActualAverage(407.0 / 64).setPredictedAverage(report.getGroups(7).getPredictedAverage()).build(),
                report.getGroups(7));
        // What the published parameters predict for the published summary (SciPy's hyp2f1, computed apart from
        // this code): 1,653.9 in total, 0.225 per customer without and 6.157 with 7 or more repeat purchases.
        assertWithinOnePercent(1653.9, report.getPredictedPurchases());
        assertWithinOnePercent(0.225, report.getGroups(0).getPredictedAverage());
        assertWithinOnePercent(6.157, report.getGroups(7).getPredictedAverage());
    }

    @Test
    void aHoldoutEndingBeforeTheCalibrationEndIsInvalid() {
        importCdnow();
        ClvFit fit = fitCdnow();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.getClvHoldoutReport(
                GetClvHoldoutReportRequest.newBuilder().setFitId(fit.getId()).setHoldoutEnd("1997-09-30").build()));

        assertEquals(Map.of("holdout_end", "must be after the fit's calibration end 1997-09-30"), fieldViolations(refused));
    }

    @Test
    void aHorizonOfMoreThanTenYearsIsInvalid() {
        importCdnow();
        ClvFit fit = fitCdnow();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.getCustomerClv(
                GetCustomerClvRequest.newBuilder().setCustomerId("1").setFitId(fit.getId()).setHorizon(521).build()));

        assertEquals(Map.of("horizon", "must be at most 520 weeks (10 years)"), fieldViolations(refused));
    }

    @Test
    void aCustomerWithoutPurchasesUpToTheCalibrationEndIsNotFound() {
        importCdnow();
        ClvFit fit = fitCdnow();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.getCustomerClv(
                GetCustomerClvRequest.newBuilder().setCustomerId("nobody").setFitId(fit.getId()).build()));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("customer nobody made no purchase up to 1997-09-30, the calibration end of CLV fit " + fit.getId(),
                refused.getStatus().getDescription());
    }

    @Test
    void anUnknownFitIsNotFoundAndAMalformedIdIsInvalid() {
        String unknown = UUID.randomUUID().toString();

        StatusRuntimeException notFound = assertThrows(StatusRuntimeException.class,
                () -> segmentation.getClvFit(GetClvFitRequest.newBuilder().setFitId(unknown).build()));
        StatusRuntimeException malformed = assertThrows(StatusRuntimeException.class,
                () -> segmentation.getClvFit(GetClvFitRequest.newBuilder().setFitId("fit-1").build()));

        assertEquals(Status.Code.NOT_FOUND, notFound.getStatus().getCode());
        assertEquals("no CLV fit " + unknown, notFound.getStatus().getDescription());
        assertEquals(Map.of("fit_id", "must be a UUID"), fieldViolations(malformed));
    }

    @Test
    void aCalibrationPeriodWithTooFewRepeatBuyersIsAFailedPrecondition() {
        String customer = "fifties-" + UUID.randomUUID();
        segmentation.importActivity(ImportActivityRequest.newBuilder().setCsv("customer_id,occurred_at,amount\n"
                + customer + "-1,1950-03-01,10.00\n" + customer + "-1,1950-04-01,12.00\n"
                + customer + "-2,1950-03-02,8.00\n" + customer + "-3,1950-05-02,9.00\n").build());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.fitClvModel(
                FitClvModelRequest.newBuilder().setCalibrationStart("1950-01-01").setCalibrationEnd("1950-12-31")
                        .setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_DAY).build()));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("too few repeat buyers to fit the CLV models: from 1950-01-01 up to 1950-12-31, 1 of 3 customers bought again on "
                + "another day, 1 of them with a positive repeat spend; at least 10 are needed", refused.getStatus().getDescription());
    }

    @Test
    void aFitRequestWithoutCalibrationEndOrTimeUnitNamesBoth() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> segmentation.fitClvModel(FitClvModelRequest.newBuilder().setCalibrationEnd("30/09/1997").build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("calibration_end", "must be an ISO date such as 1997-09-30", "time_unit", "must be DAY or WEEK"),
                fieldViolations(refused));
    }

    @Test
    void aCalibrationStartAfterItsEndIsInvalid() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> segmentation.fitClvModel(
                FitClvModelRequest.newBuilder().setCalibrationStart("1997-10-01").setCalibrationEnd(CALIBRATION_END)
                        .setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build()));

        assertEquals(Map.of("calibration_start", "must not be after the calibration end 1997-09-30"), fieldViolations(refused));
    }

    private ImportActivityResponse importCdnow() {
        ImportActivityResponse response = segmentation.importActivity(
                ImportActivityRequest.newBuilder().setCsv(CdnowCsv.read()).build());
        assertEquals(CdnowCsv.ROWS, response.getRowCount());
        assertEquals(CdnowCsv.ROWS, response.getRecordedCount() + response.getDuplicateCount());
        return response;
    }

    private ClvFit fitCdnow() {
        return segmentation.fitClvModel(FitClvModelRequest.newBuilder()
                .setCalibrationStart(CALIBRATION_START).setCalibrationEnd(CALIBRATION_END).setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build()).getFit();
    }

    /** Customers per (x, t_x, T) with times rounded to two decimals, as the published summary has them. */
    private static Map<String, Integer> rounded(java.util.List<PurchaseHistory> histories) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PurchaseHistory h : histories) {
            counts.merge(h.x() + "," + round(h.recency()) + "," + round(h.age()), h.customers(), Integer::sum);
        }
        return counts;
    }

    private static String round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static Money cents(double dollars) {
        return Money.newBuilder().setCurrencyCode("USD")
                .setAmountMinor(BigDecimal.valueOf(dollars).setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact())
                .build();
    }
}
