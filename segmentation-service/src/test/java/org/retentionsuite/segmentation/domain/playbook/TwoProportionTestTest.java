package org.retentionsuite.segmentation.domain.playbook;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwoProportionTestTest {

    /*
     * By hand: treated 30 of 200 churned (0.15), control 25 of 100 (0.25); pooled p = 55 / 300 = 0.183333;
     * variance = 0.183333 · 0.816667 · (1/200 + 1/100) = 0.00224583, so z = −0.10 / 0.0473903 = −2.11014 and
     * the two-sided p-value is 2 (1 − Φ(2.11014)) = 0.034846.
     */
    @Test
    void fewerTreatedChurnersThanControlChurnersGiveTheHandComputedZAndPValue() {
        TwoProportionTest test = new TwoProportionTest(200, 30, 100, 25);

        assertEquals(0.15, test.treatedRate(), 1e-12);
        assertEquals(0.25, test.controlRate(), 1e-12);
        assertEquals(-0.10, test.difference(), 1e-12);
        assertEquals(-2.11014, test.z(), 1e-5);
        assertEquals(0.034846, test.pValue(), 1e-6);
    }

    @Test
    void withAnEmptyArmOrNobodyChurnedThereIsNoTest() {
        assertTrue(Double.isNaN(new TwoProportionTest(10, 2, 0, 0).z()));
        assertTrue(Double.isNaN(new TwoProportionTest(10, 0, 10, 0).pValue()));
        assertEquals(0.2, new TwoProportionTest(10, 2, 0, 0).treatedRate(), 1e-12);
    }
}
