package org.retentionsuite.segmentation.domain.clv;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClvValuationTest {

    /** The published CDNOW parameters: BG/NBD (r, alpha, a, b) and Gamma-Gamma (p, q, gamma), in weeks. */
    private static final ClvFit CDNOW = new ClvFit(UUID.fromString("00000000-0000-0000-0000-000000000001"), null,
            LocalDate.of(1997, 9, 30), ClvTimeUnit.WEEK, Currency.getInstance("USD"), 2357, 946,
            new Estimate(new double[] {0.243, 4.414, 0.793, 2.426}, -9582.4, new double[4]),
            new Estimate(new double[] {6.25, 3.74, 15.44}, 0, new double[3]), Instant.EPOCH);

    /** Customers sharing (x, T) with different t_x and spends, so that the pass reuses a kept curve. */
    private static final List<CustomerHistory> HISTORIES = List.of(
            new CustomerHistory(2, 30.43, 38.86, 25.5), new CustomerHistory(2, 12.0, 38.86, 80.0),
            new CustomerHistory(0, 0, 38.86, 0), new CustomerHistory(0, 0, 12.0, 0),
            new CustomerHistory(7, 35.0, 38.86, 41.2), new CustomerHistory(7, 35.0, 38.86, 41.2),
            new CustomerHistory(1, 1.0 / 7, 2.0 / 7, 10));

    @Test
    void aPassValuesEachCustomerExactlyAsTheDiscountedExpectedPurchasesOfItsPeriods() {
        ClvValuation pass = new ClvValuation(CDNOW, 52, 0.10);
        for (CustomerHistory history : HISTORIES) {
            CustomerValue value = pass.value("c", history);

            assertEquals(discountedCashFlow(history, 52, 0.10), value.lifetimeValue(), 0.0);
            assertEquals(BgNbd.expectedPurchases(CDNOW.bgnbdParameters(), history.x(), history.recency(), history.age(), 52),
                    value.expectedPurchases(), 0.0);
            assertEquals(BgNbd.probabilityAlive(CDNOW.bgnbdParameters(), history.x(), history.recency(), history.age()),
                    value.probabilityAlive(), 0.0);
            assertEquals(CustomerValue.predict("c", CDNOW, history, 52, 0.10), value);
        }
    }

    /** E[X(k)] − E[X(k − 1)] times the expected spend, discounted per period, summed over the horizon. */
    private static double discountedCashFlow(CustomerHistory history, int horizon, double annualRate) {
        double spend = GammaGamma.expectedAverageSpend(CDNOW.gammaGammaParameters(), history.x(), history.averageRepeatSpend());
        double periodRate = Math.pow(1 + annualRate, 7 / 365.0) - 1;
        double value = 0;
        double before = 0;
        for (int period = 1; period <= horizon; period++) {
            double upTo = BgNbd.expectedPurchases(CDNOW.bgnbdParameters(), history.x(), history.recency(), history.age(), period);
            value += (upTo - before) * spend / Math.pow(1 + periodRate, period);
            before = upTo;
        }
        return value;
    }
}
