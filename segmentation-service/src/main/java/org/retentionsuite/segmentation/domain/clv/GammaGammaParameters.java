package org.retentionsuite.segmentation.domain.clv;

/** Gamma-Gamma: spend per transaction is Gamma(p, nu) around a customer's mean; nu is Gamma(q, gamma) across customers. */
public record GammaGammaParameters(double p, double q, double gamma) {

    static GammaGammaParameters of(double[] values) {
        return new GammaGammaParameters(values[0], values[1], values[2]);
    }
}
