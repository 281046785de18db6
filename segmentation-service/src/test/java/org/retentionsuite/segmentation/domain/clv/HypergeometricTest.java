package org.retentionsuite.segmentation.domain.clv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HypergeometricTest {

    @Test
    void twoF1OfOneOneTwoIsTheLogarithmSeries() {
        for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
            assertEquals(-Math.log(1 - z) / z, Hypergeometric.f21(1, 1, 2, z), 1e-10, "z = " + z);
        }
    }

    @Test
    void twoF1WithBEqualToCIsABinomialSeries() {
        // 2F1(a, b; b; z) = (1 - z)^-a
        assertEquals(Math.pow(1 - 0.3, -2.5), Hypergeometric.f21(2.5, 1.7, 1.7, 0.3), 1e-12);
    }

    @Test
    void atZeroItIsOne() {
        assertEquals(1.0, Hypergeometric.f21(3, 4, 5, 0));
    }
}
