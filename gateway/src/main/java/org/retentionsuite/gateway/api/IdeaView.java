package org.retentionsuite.gateway.api;

import java.time.Instant;

/**
 * An improvement idea with its impact: responses linked, distinct customers affected, their value
 * where known (null otherwise), and {@code priority} = customers affected per point of effort.
 */
public record IdeaView(String id, String title, String description, int effort, String status, int responsesLinked,
        int customersAffected, MoneyAmount valueAffected, double priority, Instant createdAt, Instant shippedAt,
        String announcement) {
}
