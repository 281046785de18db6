package org.retentionsuite.gateway.api;

import java.time.Instant;

/** The points an event earns; {@code capCount} 0 is no cap. */
public record EventRuleView(String id, String programId, String eventKey, long points, int capCount, CapPeriod capPeriod,
        Instant activeFrom, Instant activeUntil) {
}
