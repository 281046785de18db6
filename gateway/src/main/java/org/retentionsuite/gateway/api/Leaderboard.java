package org.retentionsuite.gateway.api;

import java.util.List;

/** Members ranked by the points they earned in a period. */
public record Leaderboard(List<Entry> items) {

    public record Entry(int rank, String customerId, long pointsEarned) {
    }
}
