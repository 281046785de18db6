package org.retentionsuite.segmentation.domain.clv;

/** The Gauss hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, as the BG/NBD predictions need it. */
final class Hypergeometric {

    private static final int MAX_TERMS = 1_000_000;

    private Hypergeometric() {
    }

    static double f21(double a, double b, double c, double z) {
        if (z < 0 || z >= 1) {
            throw new IllegalArgumentException("2F1 is summed for 0 <= z < 1 only, not " + z);
        }
        double term = 1;
        double sum = 1;
        // The terms' ratio tends to z, so the series converges geometrically; stop when a term no longer counts.
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (Math.abs(term) <= 1e-15 * Math.abs(sum)) {
                return sum;
            }
        }
        return sum;
    }
}
