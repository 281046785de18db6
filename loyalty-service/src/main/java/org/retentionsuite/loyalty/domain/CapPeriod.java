package org.retentionsuite.loyalty.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** The period an event cap counts in, in the programme's time zone; weeks start on Monday (ISO). */
public enum CapPeriod {
    DAY,
    WEEK,
    MONTH,
    LIFETIME;

    /** The start of the period {@code at} falls in. */
    public Instant startOf(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return switch (this) {
            case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
            case MONTH -> local.toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
            case LIFETIME -> Instant.EPOCH;
        };
    }
}
