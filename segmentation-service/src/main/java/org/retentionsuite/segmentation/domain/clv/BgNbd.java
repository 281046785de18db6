package org.retentionsuite.segmentation.domain.clv;

import java.util.List;

/** The BG/NBD model of Fader, Hardie and Lee (2005): its likelihood, fit and per-customer predictions. */
public final class BgNbd {

    private BgNbd() {
    }

    /** The log-likelihood of the histories, each row weighted by its customer count. */
    public static double logLikelihood(BgNbdParameters p, List<PurchaseHistory> histories) {
        int maxX = histories.stream().mapToInt(PurchaseHistory::x).max().orElse(0);
        // ln Γ(r+x) − ln Γ(r) and ln B(a, b+x) − ln B(a, b) depend on x alone: sums of logs, computed once per x.
        double[] rateTerm = new double[maxX + 1];
        double[] dropoutTerm = new double[maxX + 1];
        for (int x = 1; x <= maxX; x++) {
            rateTerm[x] = rateTerm[x - 1] + Math.log(p.r() + x - 1);
            dropoutTerm[x] = dropoutTerm[x - 1] + Math.log(p.b() + x - 1) - Math.log(p.a() + p.b() + x - 1);
        }
        double logAlpha = Math.log(p.alpha());
        double logA = Math.log(p.a());
        double sum = 0;
        for (PurchaseHistory h : histories) {
            int x = h.x();
            double stillAlive = -(p.r() + x) * Math.log(p.alpha() + h.age());
            double common = rateTerm[x] + p.r() * logAlpha + dropoutTerm[x];
            double likelihood;
            if (x == 0) {
                likelihood = stillAlive;
            } else {
                double droppedOut = logA - Math.log(p.b() + x - 1) - (p.r() + x) * Math.log(p.alpha() + h.recency());
                likelihood = logSumExp(stillAlive, droppedOut);
            }
            sum += h.customers() * (common + likelihood);
        }
        return sum;
    }

    /** The maximum likelihood fit; the caller has checked that there are repeat buyers. */
    public static Estimate fit(List<PurchaseHistory> histories) {
        double meanAge = histories.stream().mapToDouble(h -> h.age() * h.customers()).sum()
                / histories.stream().mapToInt(PurchaseHistory::customers).sum();
        List<double[]> starts = List.of(new double[] {1, Math.max(meanAge, 1), 1, 1});
        return MaximumLikelihood.maximize(values -> logLikelihood(BgNbdParameters.of(values), histories), starts);
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
