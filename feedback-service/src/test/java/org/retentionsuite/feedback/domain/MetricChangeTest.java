package org.retentionsuite.feedback.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The change between two periods against hand-computed cases (formulas in the README). */
class MetricChangeTest {

    @Test
    void anNpsRiseFrom20To80OnTenAnswersEachIsSignificantAgainstACombinedMarginOf52Point6() {
        // Baseline P = .4, D = .2: variance .6 - .04 = .56; current P = .8, D = 0: variance .8 - .64 = .16.
        // Margin 1.96 * sqrt(.56/10 + .16/10) * 100 = 1.96 * .26833 * 100 = 52.59.
        ScoreTally baseline = new ScoreTally(10, 4, 2, 0);
        ScoreTally current = new ScoreTally(10, 8, 0, 0);

        assertEquals(new MetricChange(60.0, 52.6, null, true), MetricChange.between(SurveyKind.NPS, baseline, current));
    }

    @Test
    void anNpsChangeWithinTheCombinedMarginIsNotSignificant() {
        // n = 1000 each: 25% / 7.5% (NPS 17.5, variance .325 - .030625 = .294375) against 27% / 7% (NPS 20,
        // variance .34 - .04 = .30): margin 1.96 * sqrt(.000294375 + .0003) * 100 = 4.78.
        ScoreTally baseline = new ScoreTally(1000, 250, 75, 0);
        ScoreTally current = new ScoreTally(1000, 270, 70, 0);

        assertEquals(new MetricChange(2.5, 4.8, null, false), MetricChange.between(SurveyKind.NPS, baseline, current));
    }

    @Test
    void csatFrom50To90PercentOnTenAnswersEachFallsJustShortOfSignificance() {
        // Pooled p = 14/20 = .7; SE = sqrt(.7 * .3 * (1/10 + 1/10)) = .20494; z = .4 / .20494 = 1.95 < 1.96.
        ScoreTally baseline = new ScoreTally(10, 5, 2, 0);
        ScoreTally current = new ScoreTally(10, 9, 0, 0);

        assertEquals(new MetricChange(40.0, null, 1.95, false), MetricChange.between(SurveyKind.CSAT, baseline, current));
    }

    @Test
    void csatFrom50To90PercentOnTwentyAnswersEachIsSignificant() {
        // Pooled p = 28/40 = .7; SE = sqrt(.21 * .1) = .14491; z = .4 / .14491 = 2.76.
        ScoreTally baseline = new ScoreTally(20, 10, 4, 0);
        ScoreTally current = new ScoreTally(20, 18, 0, 0);

        assertEquals(new MetricChange(40.0, null, 2.76, true), MetricChange.between(SurveyKind.CSAT, baseline, current));
    }

    @Test
    void cesComparesThePercentAgreeingAndAPeriodWithoutAnswersGivesNoChange() {
        // 12 of 20 agree against 6 of 20: pooled .45, SE = sqrt(.2475 * .1) = .15732, z = -.3 / .15732 = -1.91.
        assertEquals(new MetricChange(-30.0, null, -1.91, false), MetricChange.between(SurveyKind.CES,
                new ScoreTally(20, 12, 3, 0), new ScoreTally(20, 6, 8, 0)));
        assertEquals(new MetricChange(null, null, null, false), MetricChange.between(SurveyKind.NPS,
                ScoreTally.NONE, new ScoreTally(5, 5, 0, 0)));
    }
}
