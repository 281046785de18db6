package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** A member's tier changes, newest first; {@code fromTier} is null when the member had no tier. */
public record TierChangeList(List<Change> items) {

    public record Change(String fromTier, String toTier, String reason, Instant changedAt) {
    }
}
