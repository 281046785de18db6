package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.UUID;

/** A named rule and what is known of its members; {@code refreshedAt} is null before the first full pass. */
public record Segment(UUID id, String name, String description, RuleSpec rule, long memberCount, Instant createdAt,
        Instant refreshedAt) {
}
