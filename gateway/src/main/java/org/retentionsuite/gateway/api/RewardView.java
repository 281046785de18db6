package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.Map;

/** A reward of the catalogue; {@code stock} and {@code perMemberLimit} are null when unlimited, {@code value} when not given. */
public record RewardView(String id, String programId, Map<String, String> name, RewardKind kind, long pointsCost,
        Long stock, Integer perMemberLimit, Instant validFrom, Instant validUntil, RewardValueTerms value) {
}
