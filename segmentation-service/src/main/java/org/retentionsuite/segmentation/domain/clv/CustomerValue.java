package org.retentionsuite.segmentation.domain.clv;

/**
 * What the models predict for one customer over {@code horizon} periods after the calibration end;
 * spends are in major units of the fit's currency.
 */
public record CustomerValue(String customerId, ClvFit fit, CustomerHistory history, int horizon,
        double probabilityAlive, double expectedPurchases, double expectedAverageSpend, double lifetimeValue,
        double annualDiscountRate) {

    /**
     * Discounted cash flow: the purchases expected in each period times the expected spend per
     * purchase, discounted to the calibration end at the period rate equivalent to the annual one.
     */
    public static CustomerValue predict(String customerId, ClvFit fit, CustomerHistory history, int horizon,
            double annualDiscountRate) {
        BgNbdParameters bgnbd = fit.bgnbdParameters();
        double spend = GammaGamma.expectedAverageSpend(fit.gammaGammaParameters(), history.x(), history.averageRepeatSpend());
        double periodRate = Math.pow(1 + annualDiscountRate, fit.timeUnit().days() / 365.0) - 1;
        double value = 0;
        double before = 0;
        for (int period = 1; period <= horizon; period++) {
            double upTo = BgNbd.expectedPurchases(bgnbd, history.x(), history.recency(), history.age(), period);
            value += (upTo - before) * spend / Math.pow(1 + periodRate, period);
            before = upTo;
        }
        return new CustomerValue(customerId, fit, history, horizon,
                BgNbd.probabilityAlive(bgnbd, history.x(), history.recency(), history.age()), before, spend, value,
                annualDiscountRate);
    }
}
