package org.retentionsuite.segmentation.domain.clv;

/**
 * What the models predict for one customer over {@code horizon} periods after the calibration end;
 * spends are in major units of the fit's currency.
 */
public record CustomerValue(String customerId, ClvFit fit, CustomerHistory history, int horizon,
        double probabilityAlive, double expectedPurchases, double expectedAverageSpend, double lifetimeValue,
        double annualDiscountRate) {

    /** One customer's prediction (see {@link ClvValuation}, which values many under one fit). */
    public static CustomerValue predict(String customerId, ClvFit fit, CustomerHistory history, int horizon,
            double annualDiscountRate) {
        return new ClvValuation(fit, horizon, annualDiscountRate).value(customerId, history);
    }
}
