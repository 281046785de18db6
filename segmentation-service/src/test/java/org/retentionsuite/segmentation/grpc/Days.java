package org.retentionsuite.segmentation.grpc;

import java.time.Instant;
import java.time.LocalDate;

/** Activity at noon UTC of a day, so that the day is the same in every analysis. */
final class Days {

    private Days() {
    }

    static Instant noon(String day) {
        return Instant.parse(day + "T12:00:00Z");
    }

    static Instant noon(LocalDate day) {
        return noon(day.toString());
    }
}
