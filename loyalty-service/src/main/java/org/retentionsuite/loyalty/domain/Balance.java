package org.retentionsuite.loyalty.domain;

/** A member's points as the ledger implies them. */
public record Balance(long active, long pending, long reserved, long lifetimeEarned, long lifetimeSpent, long expired,
        long debt) {

    /** The balance of a member with no ledger entries. */
    public static final Balance EMPTY = new Balance(0, 0, 0, 0, 0, 0, 0);
}
