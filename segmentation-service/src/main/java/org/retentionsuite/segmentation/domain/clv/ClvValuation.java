package org.retentionsuite.segmentation.domain.clv;

import java.util.HashMap;
import java.util.Map;

/**
 * Values customers under one fit, horizon and discount rate. The expensive part of a prediction, a
 * hypergeometric series per period of the horizon, is the purchases expected of a customer still alive: it
 * depends on x and T only, so a pass over every customer computes it once per (x, T) and keeps it (at most
 * {@link #MAX_KEPT_PERIODS} periods in all); the rest is per customer. The arithmetic is that of a single
 * prediction, operation for operation, so a customer's value is the same whether valued alone or in a pass.
 */
public final class ClvValuation {

    /** Periods of kept curves, in all: 4 M doubles (32 MB), e.g. 76,000 (x, T) pairs one year ahead in weeks. */
    static final int MAX_KEPT_PERIODS = 4_000_000;

    private record Key(int x, double age) {
    }

    private final ClvFit fit;
    private final int horizon;
    private final double annualDiscountRate;
    /** (1 + period rate)^k for k = 1..horizon. */
    private final double[] discount;
    private final Map<Key, double[]> curves = new HashMap<>();
    private final int maxKept;

    public ClvValuation(ClvFit fit, int horizon, double annualDiscountRate) {
        this.fit = fit;
        this.horizon = horizon;
        this.annualDiscountRate = annualDiscountRate;
        double periodRate = Math.pow(1 + annualDiscountRate, fit.timeUnit().days() / 365.0) - 1;
        this.discount = new double[horizon];
        for (int period = 1; period <= horizon; period++) {
            discount[period - 1] = Math.pow(1 + periodRate, period);
        }
        this.maxKept = horizon == 0 ? 0 : MAX_KEPT_PERIODS / horizon;
    }

    /**
     * Discounted cash flow: the purchases expected in each period times the expected spend per
     * purchase, discounted to the calibration end at the period rate equivalent to the annual one.
     */
    public CustomerValue value(String customerId, CustomerHistory history) {
        BgNbdParameters bgnbd = fit.bgnbdParameters();
        double spend = GammaGamma.expectedAverageSpend(fit.gammaGammaParameters(), history.x(), history.averageRepeatSpend());
        double[] ifAlive = ifAlive(history.x(), history.age());
        double denominator = BgNbd.aliveDenominator(bgnbd, history.x(), history.recency(), history.age());
        double value = 0;
        double before = 0;
        for (int period = 1; period <= horizon; period++) {
            double upTo = ifAlive[period - 1] / denominator;
            value += (upTo - before) * spend / discount[period - 1];
            before = upTo;
        }
        return new CustomerValue(customerId, fit, history, horizon,
                BgNbd.probabilityAlive(bgnbd, history.x(), history.recency(), history.age()), before, spend, value,
                annualDiscountRate);
    }

    /** E[X(k) | alive, x, T] for k = 1..horizon. */
    private double[] ifAlive(int x, double age) {
        Key key = new Key(x, age);
        double[] kept = curves.get(key);
        if (kept != null) {
            return kept;
        }
        double[] curve = new double[horizon];
        for (int period = 1; period <= horizon; period++) {
            curve[period - 1] = BgNbd.expectedPurchasesIfAlive(fit.bgnbdParameters(), x, age, period);
        }
        if (curves.size() < maxKept) {
            curves.put(key, curve);
        }
        return curve;
    }
}
