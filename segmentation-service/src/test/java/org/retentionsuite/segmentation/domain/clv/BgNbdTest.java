package org.retentionsuite.segmentation.domain.clv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.segmentation.domain.clv.CdnowSummaries.assertWithinOnePercent;

class BgNbdTest {

    private static final BgNbdParameters ONES = new BgNbdParameters(1, 1, 1, 1);
    private static final BgNbdParameters CDNOW = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);

    @Test
    void aCustomerWhoNeverCameBackIsAliveForSure() {
        assertEquals(1.0, BgNbd.probabilityAlive(CDNOW, 0, 0, 38.86));
        assertEquals(1.0, BgNbd.probabilityAlive(ONES, 0, 0, 1000));
    }

    @Test
    void probabilityAliveIsOneOverOnePlusTheOddsOfHavingDroppedOut() {
        // a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x) = 1/1 * (4/2)^2 = 4, so P(alive) = 1/5.
        assertEquals(0.2, BgNbd.probabilityAlive(ONES, 1, 1, 3), 1e-15);
    }

    @Test
    void theLikelihoodOfNoRepeatPurchaseIsThePoissonGammaSurvivalTerm() {
        // x = 0: L = (alpha / (alpha + T))^r = (3/6)^2.
        double logLikelihood = BgNbd.logLikelihood(new BgNbdParameters(2, 3, 1.5, 2.5), List.of(new PurchaseHistory(0, 0, 3, 1)));

        assertEquals(2 * Math.log(0.5), logLikelihood, 1e-12);
    }

    @Test
    void theLikelihoodOfOneRepeatPurchaseAddsTheDropoutAfterIt() {
        // r=alpha=a=b=1, x=1, t_x=1, T=3: L = B(1,2)/B(1,1) * Γ(2)/Γ(1) * (1/4^2 + 1/2^2) = 1/2 * 5/16.
        double logLikelihood = BgNbd.logLikelihood(ONES, List.of(new PurchaseHistory(1, 1, 3, 1)));

        assertEquals(Math.log(5.0 / 32), logLikelihood, 1e-12);
    }

    @Test
    void aRowSharedByThreeCustomersWeighsThreeTimes() {
        PurchaseHistory once = new PurchaseHistory(2, 10, 30, 1);
        PurchaseHistory thrice = new PurchaseHistory(2, 10, 30, 3);

        assertEquals(3 * BgNbd.logLikelihood(CDNOW, List.of(once)), BgNbd.logLikelihood(CDNOW, List.of(thrice)), 1e-12);
    }

    @Test
    void historiesSharingAgesAndRecenciesGiveTheSumOfTheirOwnTermsToTheLastBit() {
        // Ages and recencies repeat (whole weeks), as in every real calibration period: each is taken once per
        // evaluation, and the sum must be exactly what the paper's term per history, added in order, gives.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<PurchaseHistory> histories = new java.util.ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            int x = random.nextInt(12);
            double age = random.nextInt(1, 105);
            double recency = x == 0 ? 0 : random.nextInt(0, (int) age + 1);
            histories.add(new PurchaseHistory(x, recency, age, random.nextInt(1, 4)));
        }
        histories.add(new PurchaseHistory(3, 10.5, 38.86, 2)); // fractional, as days over seven

        assertEquals(termByTerm(CDNOW, histories), BgNbd.logLikelihood(CDNOW, histories), 0.0);
        assertEquals(termByTerm(ONES, histories), BgNbd.logLikelihood(ONES, histories), 0.0);
    }

    /** Equation (6) of Fader, Hardie and Lee (2005) in logs, one history after the other. */
    private static double termByTerm(BgNbdParameters p, List<PurchaseHistory> histories) {
        double sum = 0;
        for (PurchaseHistory h : histories) {
            int x = h.x();
            double rateTerm = 0;
            double dropoutTerm = 0;
            for (int k = 1; k <= x; k++) {
                rateTerm += Math.log(p.r() + k - 1);
                dropoutTerm = dropoutTerm + Math.log(p.b() + k - 1) - Math.log(p.a() + p.b() + k - 1);
            }
            double stillAlive = -(p.r() + x) * Math.log(p.alpha() + h.age());
            double common = rateTerm + p.r() * Math.log(p.alpha()) + dropoutTerm;
            double likelihood = stillAlive;
            if (x > 0) {
                double droppedOut = Math.log(p.a()) - Math.log(p.b() + x - 1) - (p.r() + x) * Math.log(p.alpha() + h.recency());
                double max = Math.max(stillAlive, droppedOut);
                likelihood = max + Math.log(Math.exp(stillAlive - max) + Math.exp(droppedOut - max));
            }
            sum += h.customers() * (common + likelihood);
        }
        return sum;
    }

    @Test
    void aNewCustomersExpectedPurchasesFollowTheClosedFormForABetaTwoOne() {
        // r=alpha=1, a=2, b=1: 2F1(1,1;2;z) = -ln(1-z)/z, so E[X(t)] = 2 (1 - ln(1+t)/t).
        BgNbdParameters p = new BgNbdParameters(1, 1, 2, 1);

        assertEquals(2 * (1 - Math.log(2)), BgNbd.expectedPurchasesOfANewCustomer(p, 1), 1e-12);
        assertEquals(2 * (1 - Math.log(11) / 10), BgNbd.expectedPurchasesOfANewCustomer(p, 10), 1e-12);
    }

    @Test
    void aCustomerJustAcquiredIsExpectedToBuyWhatANewCustomerIs() {
        assertEquals(BgNbd.expectedPurchasesOfANewCustomer(CDNOW, 39), BgNbd.expectedPurchases(CDNOW, 0, 0, 0, 39), 1e-12);
    }

    @Test
    void nothingIsExpectedInNoTimeAndMoreIsExpectedInMoreTime() {
        assertEquals(0.0, BgNbd.expectedPurchases(CDNOW, 2, 30.43, 38.86, 0));
        double inAYear = BgNbd.expectedPurchases(CDNOW, 2, 30.43, 38.86, 52);
        double inTwoYears = BgNbd.expectedPurchases(CDNOW, 2, 30.43, 38.86, 104);

        assertEquals(true, inAYear > 0 && inTwoYears > inAYear, inAYear + " then " + inTwoYears);
    }

    @Test
    void theCdnowSummaryFitsToThePublishedParametersWithinOnePercent() {
        Estimate fit = BgNbd.fit(CdnowSummaries.histories());

        assertWithinOnePercent(0.243, fit.parameters()[0]);
        assertWithinOnePercent(4.414, fit.parameters()[1]);
        assertWithinOnePercent(0.793, fit.parameters()[2]);
        assertWithinOnePercent(2.426, fit.parameters()[3]);
        assertWithinOnePercent(-9582.4, fit.logLikelihood());
    }
}
