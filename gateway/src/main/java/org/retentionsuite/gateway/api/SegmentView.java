package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A segment; {@code refreshedAt} is when the last full pass evaluated every customer. */
public record SegmentView(String id, String name, String description, SegmentRuleBody rule, long memberCount,
        Instant createdAt, Instant refreshedAt) {
}
