package org.retentionsuite.segmentation.domain.clv;

/** BG/NBD: purchase rates are Gamma(r, alpha); the dropout probability after a purchase is Beta(a, b). */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    static BgNbdParameters of(double[] values) {
        return new BgNbdParameters(values[0], values[1], values[2], values[3]);
    }
}
