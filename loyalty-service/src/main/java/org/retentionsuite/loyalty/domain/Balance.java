package org.retentionsuite.loyalty.domain;

/** A member's points as the ledger implies them. */
public record Balance(long active, long pending, long reserved, long lifetimeEarned, long lifetimeSpent, long expired,
        long debt) {
}
