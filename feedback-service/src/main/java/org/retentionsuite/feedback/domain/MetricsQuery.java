package org.retentionsuite.feedback.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A validated metrics request: the range [from, to), an optional bucket and the IANA zone buckets start in. */
public record MetricsQuery(UUID surveyId, Instant from, Instant to, MetricsBucket bucket, String timeZone) {

    /** Unbounded ends: before any response and after any. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    public static MetricsQuery of(String surveyId, Instant from, Instant to, MetricsBucket bucket, String timeZone) {
        Violations violations = new Violations();
        UUID id = violations.requiredId("survey_id", surveyId);
        Instant start = from == null ? EARLIEST : from;
        Instant end = to == null ? LATEST : to;
        if (!start.isBefore(end)) {
            violations.add("to", "is not after from");
        }
        String zone = timeZone == null || timeZone.isBlank() ? "UTC" : timeZone.strip();
        // Region ids only: PostgreSQL reads offsets such as "+02:00" with the opposite sign (POSIX).
        if (!ZoneId.getAvailableZoneIds().contains(zone)) {
            violations.add("time_zone", "is not an IANA time zone such as \"Europe/Amsterdam\"");
        }
        violations.throwIfAny();
        return new MetricsQuery(id, start, end, bucket, zone);
    }
}
