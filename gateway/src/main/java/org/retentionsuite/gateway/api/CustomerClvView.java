package org.retentionsuite.gateway.api;

/**
 * A customer's value under a CLV fit, over {@code horizon} periods of {@code timeUnit} after the
 * fit's calibration end; {@code history} is what the models saw of the customer.
 */
public record CustomerClvView(String customerId, String fitId, ClvTimeUnit timeUnit, int horizon,
        double probabilityAlive, double expectedPurchases, MoneyAmount expectedAverageSpend, MoneyAmount clv,
        double annualDiscountRate, History history) {

    /** Repeat purchase days, the last purchase's time after the first, and the time since the first purchase. */
    public record History(int repeatPurchases, double recency, double age) {
    }
}
