package org.retentionsuite.segmentation.mapping;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.BgNbdModel;
import org.retentionsuite.proto.segmentation.v1.ClvHoldoutReport;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CustomerClv;
import org.retentionsuite.proto.segmentation.v1.GammaGammaModel;
import org.retentionsuite.proto.segmentation.v1.HoldoutGroup;
import org.retentionsuite.proto.segmentation.v1.ImportActivityResponse;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.CustomerValue;
import org.retentionsuite.segmentation.domain.clv.Estimate;
import org.retentionsuite.segmentation.domain.clv.HoldoutReport;
import org.retentionsuite.segmentation.service.ActivityService.ImportOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Converts between the contract's import and CLV messages and the domain. */
@ApplicationScoped
public class ClvMapper {

    public ImportActivityResponse toProto(ImportOutcome outcome) {
        return ImportActivityResponse.newBuilder()
                .setRowCount(outcome.rowCount())
                .setRecordedCount(outcome.recordedCount())
                .setDuplicateCount(outcome.duplicateCount())
                .build();
    }

    /** Unspecified and unknown (newer) units are null: the domain refuses them. */
    public org.retentionsuite.segmentation.domain.clv.ClvTimeUnit toDomain(ClvTimeUnit unit) {
        return switch (unit) {
            case CLV_TIME_UNIT_DAY -> org.retentionsuite.segmentation.domain.clv.ClvTimeUnit.DAY;
            case CLV_TIME_UNIT_WEEK -> org.retentionsuite.segmentation.domain.clv.ClvTimeUnit.WEEK;
            case CLV_TIME_UNIT_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    public org.retentionsuite.proto.segmentation.v1.ClvFit toProto(ClvFit fit) {
        Estimate bgnbd = fit.bgnbd();
        Estimate gammaGamma = fit.gammaGamma();
        return org.retentionsuite.proto.segmentation.v1.ClvFit.newBuilder()
                .setId(fit.id().toString())
                .setCalibrationStart(fit.calibrationStart() == null ? "" : fit.calibrationStart().toString())
                .setCalibrationEnd(fit.calibrationEnd().toString())
                .setTimeUnit(toProto(fit.timeUnit()))
                .setCustomerCount(fit.customerCount())
                .setRepeatBuyerCount(fit.repeatBuyerCount())
                .setBgnbd(BgNbdModel.newBuilder()
                        .setR(bgnbd.parameters()[0]).setAlpha(bgnbd.parameters()[1])
                        .setA(bgnbd.parameters()[2]).setB(bgnbd.parameters()[3])
                        .setLogLikelihood(bgnbd.logLikelihood())
                        .setRStandardError(bgnbd.standardErrors()[0]).setAlphaStandardError(bgnbd.standardErrors()[1])
                        .setAStandardError(bgnbd.standardErrors()[2]).setBStandardError(bgnbd.standardErrors()[3]))
                .setGammaGamma(GammaGammaModel.newBuilder()
                        .setP(gammaGamma.parameters()[0]).setQ(gammaGamma.parameters()[1])
                        .setGamma(gammaGamma.parameters()[2])
                        .setLogLikelihood(gammaGamma.logLikelihood())
                        .setPStandardError(gammaGamma.standardErrors()[0])
                        .setQStandardError(gammaGamma.standardErrors()[1])
                        .setGammaStandardError(gammaGamma.standardErrors()[2]))
                .setCurrencyCode(fit.currency().getCurrencyCode())
                .setFittedAt(Timestamp.newBuilder().setSeconds(fit.fittedAt().getEpochSecond())
                        .setNanos(fit.fittedAt().getNano()))
                .build();
    }

    public CustomerClv toProto(CustomerValue value) {
        Currency currency = value.fit().currency();
        return CustomerClv.newBuilder()
                .setCustomerId(value.customerId())
                .setFitId(value.fit().id().toString())
                .setTimeUnit(toProto(value.fit().timeUnit()))
                .setHorizon(value.horizon())
                .setRepeatPurchases(value.history().x())
                .setRecency(value.history().recency())
                .setAge(value.history().age())
                .setProbabilityAlive(value.probabilityAlive())
                .setExpectedPurchases(value.expectedPurchases())
                .setExpectedAverageSpend(money(value.expectedAverageSpend(), currency))
                .setClv(money(value.lifetimeValue(), currency))
                .setAnnualDiscountRate(value.annualDiscountRate())
                .build();
    }

    public ClvHoldoutReport toProto(HoldoutReport report) {
        ClvHoldoutReport.Builder proto = ClvHoldoutReport.newBuilder()
                .setFitId(report.fit().id().toString())
                .setHoldoutEnd(report.holdoutEnd().toString())
                .setHoldoutLength(report.holdoutLength())
                .setCustomerCount(report.customerCount())
                .setActualPurchases(report.actualPurchases())
                .setPredictedPurchases(report.predictedPurchases());
        report.groups().forEach(g -> proto.addGroups(HoldoutGroup.newBuilder()
                .setCalibrationRepeatPurchases(g.calibrationRepeatPurchases())
                .setOrMore(g.orMore())
                .setCustomerCount(g.customerCount())
                .setActualAverage(g.actualAverage())
                .setPredictedAverage(g.predictedAverage())));
        return proto.build();
    }

    private static ClvTimeUnit toProto(org.retentionsuite.segmentation.domain.clv.ClvTimeUnit unit) {
        return switch (unit) {
            case DAY -> ClvTimeUnit.CLV_TIME_UNIT_DAY;
            case WEEK -> ClvTimeUnit.CLV_TIME_UNIT_WEEK;
        };
    }

    /** Predictions are estimates: rounded half-up to the currency's minor unit. */
    private static Money money(double major, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        long minor = BigDecimal.valueOf(major).setScale(digits, RoundingMode.HALF_UP).movePointRight(digits).longValueExact();
        return Money.newBuilder().setCurrencyCode(currency.getCurrencyCode()).setAmountMinor(minor).build();
    }
}
