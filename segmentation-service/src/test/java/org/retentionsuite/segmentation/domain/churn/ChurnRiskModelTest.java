package org.retentionsuite.segmentation.domain.churn;

import org.junit.jupiter.api.Test;
import org.retentionsuite.segmentation.config.ChurnRiskConfig;
import org.retentionsuite.segmentation.domain.FeedbackKind;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.Estimate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChurnRiskModelTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);
    /** The published CDNOW BG/NBD parameters (r, alpha, a, b), in weeks. */
    private static final ClvFit CDNOW = new ClvFit(UUID.fromString("00000000-0000-0000-0000-000000000001"), null,
            LocalDate.of(1997, 9, 30), ClvTimeUnit.WEEK, Currency.getInstance("USD"), 2357, 946,
            new Estimate(new double[] {0.243, 4.414, 0.793, 2.426}, -9582.4, new double[4]),
            new Estimate(new double[] {6.25, 3.74, 15.44}, 0, new double[3]), Instant.EPOCH);

    private final ChurnRiskModel model = new ChurnRiskModel(config(0.4, 0.7));

    @Test
    void aCustomerWithNothingWrongAndNoFitScoresZero() {
        ChurnRisk risk = model.score(signals(0, 0, 0, 0, 0, null, null, 0, null, null), null);

        assertEquals(new ChurnRisk("c", MARCH_1, 0.0, ChurnRiskLevel.LOW, List.of(), null, null), risk);
    }

    @Test
    void negativeFeedbackAndUnresolvedContactsCombineAsOneMinusTheProductOfWhatEachLeaves() {
        ChurnRisk risk = model.score(signals(0, 0, 0, 0, 2, FeedbackKind.NPS, 3, 0, null, null), null);

        // 1 − (1 − 0.4) × (1 − 0.3)
        assertEquals(0.58, risk.score(), 1e-12);
        assertEquals(ChurnRiskLevel.MEDIUM, risk.level());
        assertEquals(List.of(
                new ChurnReason(ChurnIndicator.NEGATIVE_FEEDBACK, 3, 0, "the latest feedback of the last 90 days is NPS 3"),
                new ChurnReason(ChurnIndicator.UNRESOLVED_SUPPORT, 2, 0,
                        "2 support contacts ended unresolved in the last 30 days")), risk.reasons());
    }

    @Test
    void aPassiveOrHappyScoreIsNotNegative() {
        assertEquals(List.of(), model.score(signals(0, 0, 0, 0, 0, FeedbackKind.NPS, 7, 0, null, null), null).reasons());
        assertEquals(List.of(), model.score(signals(0, 0, 0, 0, 0, FeedbackKind.CSAT, 3, 0, null, null), null).reasons());
        assertEquals(ChurnIndicator.NEGATIVE_FEEDBACK, model.score(
                signals(0, 0, 0, 0, 0, FeedbackKind.CES, 3, 0, null, null), null).reasons().get(0).indicator());
    }

    @Test
    void visitsFallingBelowHalfTheirEarlierRateAreAnEngagementDecline() {
        // 1 visit in 30 days against 9 in 90: a third of the rate, strength 2/3, weight 0.3.
        ChurnRisk risk = model.score(signals(1, 9, 0, 0, 0, null, null, 0, null, null), null);

        assertEquals(0.2, risk.score(), 1e-12);
        assertEquals(ChurnRiskLevel.LOW, risk.level());
        assertEquals(List.of(new ChurnReason(ChurnIndicator.ENGAGEMENT_DECLINE, 1, 9,
                "1 visits in the last 30 days against 9 in the 90 before")), risk.reasons());
        // Half the rate exactly does not fire.
        assertEquals(List.of(), model.score(signals(3, 18, 0, 0, 0, null, null, 0, null, null), null).reasons());
    }

    @Test
    void aPurchaseOverdueByTwiceTheUsualGapFiresAndPurchasesThatStoppedAreAFrequencyDecline() {
        // Purchase days 2023-12-12, 12-22 and 2024-01-01: a 10-day gap; 60 days since the last.
        ChurnSignals signals = signals(0, 0, 1, 2, 0, null, null, 3, LocalDate.of(2023, 12, 12), LocalDate.of(2024, 1, 1));

        ChurnRisk risk = model.score(signals, null);

        // Overdue: ratio 6, strength min(1, 6 / 4) = 1, leaves 0.4; frequency: 1 in 90 days against 2, ratio 1/2: no decline.
        assertEquals(0.6, risk.score(), 1e-12);
        assertEquals(ChurnRiskLevel.MEDIUM, risk.level());
        assertEquals(List.of(new ChurnReason(ChurnIndicator.OVERDUE_PURCHASE, 60, 10,
                "60 days since the last purchase, usually 10.00 days between purchases")), risk.reasons());

        ChurnRisk stopped = model.score(signals(0, 0, 0, 2, 0, null, null, 3, LocalDate.of(2023, 12, 12),
                LocalDate.of(2024, 1, 1)), null);
        // Frequency decline at full strength leaves 0.6, overdue 0.4: 1 − 0.24.
        assertEquals(0.76, stopped.score(), 1e-12);
        assertEquals(ChurnRiskLevel.HIGH, stopped.level());
    }

    @Test
    void withAFitPAliveOfTheCustomersPurchaseDaysEntersTheScore() {
        ChurnSignals signals = signals(0, 0, 1, 2, 0, null, null, 3, LocalDate.of(2023, 12, 12), LocalDate.of(2024, 1, 1));

        ChurnRisk risk = model.score(signals, CDNOW);

        // BG/NBD: x = 2, t_x = 20 / 7 weeks, T = 80 / 7 weeks.
        double r = 0.243, alpha = 4.414, a = 0.793, b = 2.426;
        double pAlive = 1 / (1 + a / (b + 2 - 1) * Math.pow((alpha + 80 / 7.0) / (alpha + 20 / 7.0), r + 2));
        assertEquals(pAlive, risk.probabilityAlive(), 1e-12);
        assertEquals(1 - (1 - 0.8 * (1 - pAlive)) * 0.4, risk.score(), 1e-12);
        assertEquals(CDNOW.id(), risk.fitId());
        assertEquals(pAlive < 0.5, risk.reasons().stream()
                .anyMatch(reason -> reason.indicator() == ChurnIndicator.LOW_PROBABILITY_ALIVE));
    }

    @Test
    void levelsChangeAtTheirThresholds() {
        assertEquals(ChurnRiskLevel.LOW, model.level(0.3999));
        assertEquals(ChurnRiskLevel.MEDIUM, model.level(0.4));
        assertEquals(ChurnRiskLevel.MEDIUM, model.level(0.6999));
        assertEquals(ChurnRiskLevel.HIGH, model.level(0.7));
    }

    @Test
    void thresholdsOutOfOrderAreRefusedAtStart() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ChurnRiskModel(config(0.7, 0.4)));

        assertEquals("churn risk thresholds must satisfy 0 < medium < high <= 1, not medium 0.7 and high 0.4",
                refused.getMessage());
    }

    private static ChurnSignals signals(long visits30, long visits90, long purchases90, long purchasesBefore,
            long unresolved, FeedbackKind kind, Integer score, long purchaseDays, LocalDate first, LocalDate last) {
        return new ChurnSignals("c", MARCH_1, visits30, visits90, purchases90, purchasesBefore, unresolved, kind, score,
                purchaseDays, first, last);
    }

    private static ChurnRiskConfig config(double medium, double high) {
        return new ChurnRiskConfig() {
            @Override
            public double mediumThreshold() {
                return medium;
            }

            @Override
            public double highThreshold() {
                return high;
            }

            @Override
            public double overdueFactor() {
                return 2.0;
            }

            @Override
            public String scoringCron() {
                return "off";
            }

            @Override
            public Weights weights() {
                return new Weights() {
                    @Override
                    public double probabilityAlive() {
                        return 0.8;
                    }

                    @Override
                    public double engagementDecline() {
                        return 0.3;
                    }

                    @Override
                    public double purchaseFrequencyDecline() {
                        return 0.4;
                    }

                    @Override
                    public double negativeFeedback() {
                        return 0.4;
                    }

                    @Override
                    public double unresolvedSupport() {
                        return 0.3;
                    }

                    @Override
                    public double overduePurchase() {
                        return 0.6;
                    }
                };
            }
        };
    }
}
