package org.retentionsuite.loyalty.domain;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;

/** The stretch of time a tier qualification counts: {@code from} inclusive, {@code until} exclusive. */
public record TierWindow(Instant from, Instant until) {

    /** The window a purchase is judged in now: the last N days, or the calendar year so far. */
    public static TierWindow current(TierWindowKind kind, int days, Instant now, ZoneId zone) {
        if (kind == TierWindowKind.ROLLING_DAYS) {
            return new TierWindow(now.atZone(zone).minusDays(days).toInstant(), now.plusNanos(1000));
        }
        return new TierWindow(Year.from(now.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant(), now.plusNanos(1000));
    }

    /** The period that ended last, which an evaluation judges: the last N days, or last calendar year. */
    public static TierWindow lastEnded(TierWindowKind kind, int days, Instant now, ZoneId zone) {
        if (kind == TierWindowKind.ROLLING_DAYS) {
            return current(kind, days, now, zone);
        }
        Year thisYear = Year.from(now.atZone(zone));
        return new TierWindow(thisYear.minusYears(1).atDay(1).atStartOfDay(zone).toInstant(),
                thisYear.atDay(1).atStartOfDay(zone).toInstant());
    }
}
