package org.retentionsuite.segmentation.domain.clv;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.segmentation.domain.clv.CdnowSummaries.assertWithinOnePercent;

class GammaGammaTest {

    private static final GammaGammaParameters CDNOW = new GammaGammaParameters(6.25, 3.74, 15.44);

    @Test
    void aCustomerWithoutRepeatPurchasesIsExpectedToSpendThePopulationMean() {
        assertEquals(6.25 * 15.44 / 2.74, GammaGamma.expectedAverageSpend(CDNOW, 0, 0), 1e-12);
    }

    @Test
    void theExpectedSpendWeighsTheCustomersOwnAverageByTheirRepeatPurchases() {
        // p (gamma + x m) / (p x + q - 1) = 6.25 (15.44 + 2 * 22.35) / (12.5 + 2.74)
        assertEquals(6.25 * (15.44 + 44.70) / 15.24, GammaGamma.expectedAverageSpend(CDNOW, 2, 22.35), 1e-12);
    }

    @Test
    void theLikelihoodOfOneRepeatPurchaseIsTheGammaGammaDensityOfItsSpend() {
        // x = 1: f(m) = Γ(p+q)/(Γ(p)Γ(q)) gamma^q m^(p-1) / (gamma+m)^(p+q); with p=2, q=3, gamma=4, m=2:
        // Γ(5)/(Γ(2)Γ(3)) = 12, so f = 12 * 64 * 2 / 6^5.
        double logLikelihood = GammaGamma.logLikelihood(new GammaGammaParameters(2, 3, 4), List.of(new RepeatSpend(1, 2, 1)));

        assertEquals(Math.log(12.0 * 64 * 2 / 7776), logLikelihood, 1e-12);
        assertEquals(Gamma.logGamma(5) - Gamma.logGamma(3), Math.log(12), 1e-12);
    }

    @Test
    void theCdnowRepeatBuyersFitToThePublishedParametersWithinOnePercent() {
        Estimate fit = GammaGamma.fit(CdnowSummaries.repeatSpends());

        assertWithinOnePercent(6.25, fit.parameters()[0]);
        assertWithinOnePercent(3.74, fit.parameters()[1]);
        assertWithinOnePercent(15.44, fit.parameters()[2]);
    }
}
