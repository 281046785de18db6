package org.retentionsuite.segmentation.domain.clv;

import org.apache.commons.math3.special.Gamma;

import java.util.ArrayList;
import java.util.List;

/** The Gamma-Gamma spend model (Fader and Hardie, "The Gamma-Gamma Model of Monetary Value", 2013). */
public final class GammaGamma {

    /** Starting points spread over the likelihood's long ridge in (p, q, gamma); the best optimum wins. */
    private static final double[][] STARTS = {
        {1, 1, 1}, {1, 2, 10}, {5, 5, 5}, {10, 3, 20}, {2, 10, 50}, {0.5, 1.5, 2},
    };

    private GammaGamma() {
    }

    /** The log-likelihood of the repeat buyers' average spends, each row weighted by its customer count. */
    public static double logLikelihood(GammaGammaParameters g, List<RepeatSpend> spends) {
        return new SpendRows(spends).logLikelihood(g);
    }

    /** The rows as arrays, with the logarithms that do not depend on the parameters taken once for a whole fit. */
    private static final class SpendRows {
        private final int[] x;
        private final double[] mean;
        private final double[] logMean;
        private final double[] logX;
        private final double[] weight;
        private final int maxX;

        SpendRows(List<RepeatSpend> spends) {
            int n = spends.size();
            x = new int[n];
            mean = new double[n];
            logMean = new double[n];
            logX = new double[n];
            weight = new double[n];
            int max = 0;
            for (int i = 0; i < n; i++) {
                RepeatSpend s = spends.get(i);
                x[i] = s.x();
                mean[i] = s.averageSpend();
                logMean[i] = Math.log(s.averageSpend());
                logX[i] = Math.log(s.x());
                weight[i] = s.customers();
                max = Math.max(max, s.x());
            }
            maxX = max;
        }

        double logLikelihood(GammaGammaParameters g) {
            double p = g.p();
            double q = g.q();
            double logGamma = Math.log(g.gamma());
            double logGammaQ = Gamma.logGamma(q);
            // ln Γ(px+q) − ln Γ(px) depends on x alone.
            double[] byX = new double[maxX + 1];
            for (int k = 1; k <= maxX; k++) {
                byX[k] = Gamma.logGamma(p * k + q) - Gamma.logGamma(p * k);
            }
            double sum = 0;
            for (int i = 0; i < x.length; i++) {
                double px = p * x[i];
                double row = byX[x[i]] - logGammaQ + q * logGamma + (px - 1) * logMean[i] + px * logX[i]
                        - (px + q) * Math.log(g.gamma() + x[i] * mean[i]);
                sum += weight[i] * row;
            }
            return sum;
        }
    }

    /** The maximum likelihood fit from several starts; only positive average spends carry information here. */
    public static Estimate fit(List<RepeatSpend> spends) {
        List<double[]> starts = new ArrayList<>();
        double meanSpend = spends.stream().mapToDouble(s -> s.averageSpend() * s.customers()).sum()
                / spends.stream().mapToInt(RepeatSpend::customers).sum();
        for (double[] start : STARTS) {
            // Scale gamma by the data's spend level so that the starts sit where the optimum can be, whatever the currency.
            starts.add(new double[] {start[0], start[1], start[2] * meanSpend / 10});
        }
        SpendRows rows = new SpendRows(spends);
        return MaximumLikelihood.maximize(values -> rows.logLikelihood(GammaGammaParameters.of(values)), starts);
    }

    /**
     * E(M | x, m_x): the expected spend per transaction of a customer with {@code x} repeat purchases
     * averaging {@code averageSpend}; with x = 0 the population mean p·gamma / (q − 1).
     */
    public static double expectedAverageSpend(GammaGammaParameters g, int x, double averageSpend) {
        return g.p() * (g.gamma() + x * averageSpend) / (g.p() * x + g.q() - 1);
    }
}
