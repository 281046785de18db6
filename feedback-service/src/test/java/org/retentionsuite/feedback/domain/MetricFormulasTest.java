package org.retentionsuite.feedback.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MetricFormulasTest {

    @Test
    void aThousandAnswersWithAQuarterPromotersAndSevenAndAHalfPercentDetractorsScore17Point5Plus_Minus3Point4() {
        NpsScore nps = NpsScore.of(new ScoreTally(1000, 250, 75, 0));

        assertEquals(new NpsScore(17.5, 1000, 250, 675, 75, 3.4), nps);
    }

    @Test
    void tenAnswersWithFivePromotersAndTwoDetractorsScore30WithAWideMargin() {
        // 0.5 - 0.2 = 0.3; variance 0.5 + 0.2 - 0.09 = 0.61; 1.96 * sqrt(0.61 / 10) = 0.4841
        assertEquals(new NpsScore(30.0, 10, 5, 3, 2, 48.4), NpsScore.of(new ScoreTally(10, 5, 2, 0)));
    }

    @Test
    void onlyDetractorsScoreMinus100WithNoMargin() {
        assertEquals(new NpsScore(-100.0, 4, 0, 0, 4, 0.0), NpsScore.of(new ScoreTally(4, 0, 4, 0)));
    }

    @Test
    void withoutAnswersTheNpsIsUnknownNotZero() {
        NpsScore nps = NpsScore.of(ScoreTally.NONE);

        assertNull(nps.score());
        assertNull(nps.marginOfError());
        assertEquals(0, nps.n());
    }

    @Test
    void csatIsTheShareOfFoursAndFives() {
        // scores 5, 4, 3, 2, 1, 5: three satisfied of six, sum 20
        assertEquals(new CsatScore(50.0, 6, 3, 3.3), CsatScore.of(new ScoreTally(6, 3, 2, 20)));
    }

    @Test
    void csatRoundsToOneDecimal() {
        // two of three satisfied: 66.666... %
        assertEquals(new CsatScore(66.7, 3, 2, 4.0), CsatScore.of(new ScoreTally(3, 2, 1, 12)));
    }

    @Test
    void cesIsTheMeanAndTheShareAgreeingItWasEasy() {
        // scores 7, 6, 5, 4, 1: mean 23 / 5 = 4.6, three of five agree (5-7)
        assertEquals(new CesScore(4.6, 5, 3, 60.0, CesVariant.AGREEMENT_7),
                CesScore.of(new ScoreTally(5, 3, 1, 23), CesVariant.AGREEMENT_7));
    }

    @Test
    void theCesBandsFollowTheVariantAndItsDirection() {
        assertEquals(new ScoreBands(5, 7, 1, 3), CesVariant.AGREEMENT_7.bands());
        // effort 1-5, lower is better: low effort 1-2 is the good end, 4-5 the poor one
        assertEquals(new ScoreBands(1, 2, 4, 5), CesVariant.EFFORT_5.bands());
        assertEquals(new ScoreBands(9, 10, 0, 6), SurveyKind.NPS.bands());
        assertEquals(new ScoreBands(4, 5, 1, 2), SurveyKind.CSAT.bands());
    }

    @Test
    void cesOnTheEffortScaleIsTheMeanAndTheShareWithLowEffort() {
        // scores 1, 2, 2, 3, 4, 5, 5: mean 22 / 7 = 3.14, three of seven low effort (1-2)
        assertEquals(new CesScore(3.1, 7, 3, 42.9, CesVariant.EFFORT_5),
                CesScore.of(new ScoreTally(7, 3, 3, 22), CesVariant.EFFORT_5));
    }

    @Test
    void withoutAnswersCsatAndCesAreUnknown() {
        assertEquals(new CsatScore(null, 0, 0, null), CsatScore.of(ScoreTally.NONE));
        assertEquals(new CesScore(null, 0, 0, null, CesVariant.AGREEMENT_7), CesScore.of(ScoreTally.NONE, CesVariant.AGREEMENT_7));
    }

    @Test
    void theResponseRateIsTheShareOfInvitationsAnsweredAndUnknownWithoutInvitations() {
        assertEquals(new ResponseRate(37.5, 3, 8), ResponseRate.of(3, 8));
        assertEquals(new ResponseRate(null, 0, 0), ResponseRate.of(0, 0));
    }
}
