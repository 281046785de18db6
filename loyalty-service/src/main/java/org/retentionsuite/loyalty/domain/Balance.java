package org.retentionsuite.loyalty.domain;

/** A member's points as the ledger implies them. */
public record Balance(long active, long pending, long reserved, long lifetimeEarned, long lifetimeSpent, long expired,
        long debt) {

    /**
     * The balance after one entry; the lifetime counters follow from the entry's kind and deltas.
     * Refuses an entry that would make a part of the balance negative.
     */
    public Balance after(LedgerEntry entry) {
        long lifetimeEarnedAfter = lifetimeEarned;
        long lifetimeSpentAfter = lifetimeSpent;
        long expiredAfter = expired;
        switch (entry.kind()) {
            case EARN -> lifetimeEarnedAfter += entry.activeDelta() + entry.pendingDelta() - entry.debtDelta();
            case SPEND -> lifetimeSpentAfter -= entry.activeDelta() + entry.reservedDelta();
            case EXPIRE -> expiredAfter -= entry.activeDelta();
            default -> {
                // ACTIVATE, RESERVE, RELEASE, RETURN and ADJUST move points between parts only
            }
        }
        Balance after = new Balance(active + entry.activeDelta(), pending + entry.pendingDelta(),
                reserved + entry.reservedDelta(), lifetimeEarnedAfter, lifetimeSpentAfter, expiredAfter,
                debt + entry.debtDelta());
        if (after.active < 0 || after.pending < 0 || after.reserved < 0 || after.debt < 0) {
            throw new IllegalStateException("entry " + entry.kind() + " would make the balance negative: " + after);
        }
        return after;
    }
}
