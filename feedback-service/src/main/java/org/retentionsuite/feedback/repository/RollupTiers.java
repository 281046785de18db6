package org.retentionsuite.feedback.repository;

import jakarta.persistence.Parameter;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A range [from, to) cut into what each table answers: the whole UTC days [dayFrom, dayTo) from the
 * daily rollups, the whole hours [hourFrom, dayFrom) and [dayTo, hourTo) from the hourly ones, and the
 * partial hours [from, hourFrom) and [hourTo, to) from the rows themselves. Empty tiers collapse onto
 * the next bound, so the five parts never overlap and always cover the range.
 */
record RollupTiers(Instant from, Instant to, Instant hourFrom, Instant hourTo, Instant dayFrom, Instant dayTo) {

    static RollupTiers of(Instant from, Instant to) {
        Instant hourFrom = ceil(from, ChronoUnit.HOURS);
        Instant hourTo = to.truncatedTo(ChronoUnit.HOURS);
        if (!hourFrom.isBefore(hourTo)) {
            return new RollupTiers(from, to, to, to, to, to);
        }
        Instant dayFrom = ceil(hourFrom, ChronoUnit.DAYS);
        Instant dayTo = hourTo.truncatedTo(ChronoUnit.DAYS);
        if (!dayFrom.isBefore(dayTo)) {
            return new RollupTiers(from, to, hourFrom, hourTo, hourTo, hourTo);
        }
        return new RollupTiers(from, to, hourFrom, hourTo, dayFrom, dayTo);
    }

    /** Sets the bounds the query names (a query without a daily tier names no day bounds). */
    Query bind(Query query) {
        Map<String, Instant> bounds = Map.of("from", from, "to", to, "hourFrom", hourFrom, "hourTo", hourTo,
                "dayFrom", dayFrom, "dayTo", dayTo);
        for (Parameter<?> parameter : query.getParameters()) {
            Instant bound = bounds.get(parameter.getName());
            if (bound != null) {
                query.setParameter(parameter.getName(), bound);
            }
        }
        return query;
    }

    private static Instant ceil(Instant instant, ChronoUnit unit) {
        Instant floor = instant.truncatedTo(unit);
        return floor.equals(instant) ? floor : floor.plus(1, unit);
    }
}
