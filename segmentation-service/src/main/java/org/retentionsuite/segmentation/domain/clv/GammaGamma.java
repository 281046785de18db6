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
        double p = g.p();
        double q = g.q();
        double logGamma = Math.log(g.gamma());
        double logGammaQ = Gamma.logGamma(q);
        int maxX = spends.stream().mapToInt(RepeatSpend::x).max().orElse(0);
        // ln Γ(px+q) − ln Γ(px) depends on x alone.
        double[] byX = new double[maxX + 1];
        for (int x = 1; x <= maxX; x++) {
            byX[x] = Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x);
        }
        double sum = 0;
        for (RepeatSpend s : spends) {
            int x = s.x();
            double mean = s.averageSpend();
            double row = byX[x] - logGammaQ + q * logGamma + (p * x - 1) * Math.log(mean) + p * x * Math.log(x)
                    - (p * x + q) * Math.log(g.gamma() + x * mean);
            sum += s.customers() * row;
        }
        return sum;
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
        return MaximumLikelihood.maximize(values -> logLikelihood(GammaGammaParameters.of(values), spends), starts);
    }

    /**
     * E(M | x, m_x): the expected spend per transaction of a customer with {@code x} repeat purchases
     * averaging {@code averageSpend}; with x = 0 the population mean p·gamma / (q − 1).
     */
    public static double expectedAverageSpend(GammaGammaParameters g, int x, double averageSpend) {
        return g.p() * (g.gamma() + x * averageSpend) / (g.p() * x + g.q() - 1);
    }
}
