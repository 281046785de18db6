package org.retentionsuite.segmentation.domain.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The BG/NBD model of Fader, Hardie and Lee (2005): its likelihood, fit and per-customer predictions. */
public final class BgNbd {

    private BgNbd() {
    }

    /** The log-likelihood of the histories, each row weighted by its customer count. */
    public static double logLikelihood(BgNbdParameters p, List<PurchaseHistory> histories) {
        return new HistoryRows(histories).logLikelihood(p);
    }

    /** The maximum likelihood fit; the caller has checked that there are repeat buyers. */
    public static Estimate fit(List<PurchaseHistory> histories) {
        double meanAge = histories.stream().mapToDouble(h -> h.age() * h.customers()).sum()
                / histories.stream().mapToInt(PurchaseHistory::customers).sum();
        List<double[]> starts = List.of(new double[] {1, Math.max(meanAge, 1), 1, 1});
        HistoryRows rows = new HistoryRows(histories);
        return MaximumLikelihood.maximize(values -> rows.logLikelihood(BgNbdParameters.of(values)), starts);
    }

    /**
     * The histories as arrays, their ages and recencies each as an index into the distinct values: a calibration
     * period in days or weeks has a few hundred of each among tens of thousands of histories, so ln(alpha + T) and
     * ln(alpha + t_x) are taken once per distinct value and evaluation instead of once per history (the same numbers,
     * summed in the same order).
     */
    private static final class HistoryRows {
        private final int[] x;
        private final double[] customers;
        private final int[] age;
        private final int[] recency;
        private final double[] ages;
        private final double[] recencies;
        private final int maxX;

        HistoryRows(List<PurchaseHistory> histories) {
            int n = histories.size();
            x = new int[n];
            customers = new double[n];
            age = new int[n];
            recency = new int[n];
            Map<Double, Integer> ageIndex = new HashMap<>();
            Map<Double, Integer> recencyIndex = new HashMap<>();
            int max = 0;
            for (int i = 0; i < n; i++) {
                PurchaseHistory h = histories.get(i);
                x[i] = h.x();
                customers[i] = h.customers();
                age[i] = ageIndex.computeIfAbsent(h.age(), value -> ageIndex.size());
                recency[i] = recencyIndex.computeIfAbsent(h.recency(), value -> recencyIndex.size());
                max = Math.max(max, h.x());
            }
            ages = values(ageIndex);
            recencies = values(recencyIndex);
            maxX = max;
        }

        private static double[] values(Map<Double, Integer> index) {
            double[] values = new double[index.size()];
            index.forEach((value, i) -> values[i] = value);
            return values;
        }

        double logLikelihood(BgNbdParameters p) {
            // ln Γ(r+x) − ln Γ(r) and ln B(a, b+x) − ln B(a, b) depend on x alone: sums of logs, computed once per x.
            double[] rateTerm = new double[maxX + 1];
            double[] dropoutTerm = new double[maxX + 1];
            double[] logBPlusXMinusOne = new double[maxX + 1];
            for (int k = 1; k <= maxX; k++) {
                logBPlusXMinusOne[k] = Math.log(p.b() + k - 1);
                rateTerm[k] = rateTerm[k - 1] + Math.log(p.r() + k - 1);
                dropoutTerm[k] = dropoutTerm[k - 1] + logBPlusXMinusOne[k] - Math.log(p.a() + p.b() + k - 1);
            }
            double[] logAlphaPlusAge = logsOfAlphaPlus(p.alpha(), ages);
            double[] logAlphaPlusRecency = logsOfAlphaPlus(p.alpha(), recencies);
            double logAlpha = Math.log(p.alpha());
            double logA = Math.log(p.a());
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                int xi = x[i];
                double stillAlive = -(p.r() + xi) * logAlphaPlusAge[age[i]];
                double common = rateTerm[xi] + p.r() * logAlpha + dropoutTerm[xi];
                double likelihood;
                if (xi == 0) {
                    likelihood = stillAlive;
                } else {
                    double droppedOut = logA - logBPlusXMinusOne[xi] - (p.r() + xi) * logAlphaPlusRecency[recency[i]];
                    likelihood = logSumExp(stillAlive, droppedOut);
                }
                sum += customers[i] * (common + likelihood);
            }
            return sum;
        }

        private static double[] logsOfAlphaPlus(double alpha, double[] values) {
            double[] logs = new double[values.length];
            for (int k = 0; k < values.length; k++) {
                logs[k] = Math.log(alpha + values[k]);
            }
            return logs;
        }
    }

    /** P(alive | x, t_x, T): 1 for a customer who never came back, since nobody can drop out before a repeat purchase. */
    public static double probabilityAlive(BgNbdParameters p, int x, double recency, double age) {
        if (x == 0) {
            return 1;
        }
        return 1 / (1 + deadOverAlive(p, x, recency, age));
    }

    /** E[X(t) | x, t_x, T]: purchases expected in the next {@code t} periods after the calibration end. */
    public static double expectedPurchases(BgNbdParameters p, int x, double recency, double age, double t) {
        if (t <= 0) {
            return 0;
        }
        return expectedPurchasesIfAlive(p, x, age, t) / aliveDenominator(p, x, recency, age);
    }

    /**
     * The numerator of E[X(t) | x, t_x, T]: the purchases expected in the next {@code t} periods of a customer
     * still alive, for {@code t} > 0. It does not depend on t_x, so customers who share x and T share it.
     */
    public static double expectedPurchasesIfAlive(BgNbdParameters p, int x, double age, double t) {
        double a = p.a();
        double b = p.b();
        double r = p.r();
        double alpha = p.alpha();
        double z = t / (alpha + age + t);
        double hypergeometric = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
        return (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + age) / (alpha + age + t), r + x) * hypergeometric);
    }

    /** The denominator of E[X(t) | x, t_x, T], 1 / P(alive): 1 for a customer who never came back. */
    public static double aliveDenominator(BgNbdParameters p, int x, double recency, double age) {
        return x == 0 ? 1 : 1 + deadOverAlive(p, x, recency, age);
    }

    /** E[X(t)] for a customer picked at random at their first purchase (equation 9 of the paper). */
    public static double expectedPurchasesOfANewCustomer(BgNbdParameters p, double t) {
        double z = t / (p.alpha() + t);
        return (p.a() + p.b() - 1) / (p.a() - 1)
                * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r()) * Hypergeometric.f21(p.r(), p.b(), p.a() + p.b() - 1, z));
    }

    private static double deadOverAlive(BgNbdParameters p, int x, double recency, double age) {
        return p.a() / (p.b() + x - 1) * Math.pow((p.alpha() + age) / (p.alpha() + recency), p.r() + x);
    }

    private static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
    }
}
