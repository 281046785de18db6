package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A challenge and the badge (and bonus points) a member earns, once, on completing it. */
public record ChallengeView(String id, String programId, String name, String badge, ChallengeMetric metric, long target,
        int windowDays, long bonusPoints, Instant activeFrom, Instant activeUntil) {
}
