package org.retentionsuite.feedback.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores are reported to one decimal, as people read them; null when nothing was counted. */
final class Percent {

    private Percent() {
    }

    static Double of(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    static Double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
