package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** The badges a member has earned, newest first. */
public record BadgeList(List<Badge> items) {

    public record Badge(String badge, String challengeId, Instant earnedAt) {
    }
}
