package org.retentionsuite.segmentation.domain.playbook;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The two-proportion z-test of churn in the treated (1) and control (2) arms:
 * p = (x1 + x2) / (n1 + n2), z = (x1/n1 − x2/n2) / sqrt(p (1 − p) (1/n1 + 1/n2)),
 * two-sided p-value = 2 (1 − Φ(|z|)). Undefined (NaN) when an arm is empty or p is 0 or 1.
 */
public record TwoProportionTest(int treated, int treatedChurned, int control, int controlChurned) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    public double treatedRate() {
        return treated == 0 ? 0 : (double) treatedChurned / treated;
    }

    public double controlRate() {
        return control == 0 ? 0 : (double) controlChurned / control;
    }

    public double difference() {
        return treatedRate() - controlRate();
    }

    public double z() {
        if (treated == 0 || control == 0) {
            return Double.NaN;
        }
        double pooled = (double) (treatedChurned + controlChurned) / (treated + control);
        double variance = pooled * (1 - pooled) * (1.0 / treated + 1.0 / control);
        return variance == 0 ? Double.NaN : difference() / Math.sqrt(variance);
    }

    public double pValue() {
        double z = z();
        return Double.isNaN(z) ? Double.NaN : 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
    }
}
