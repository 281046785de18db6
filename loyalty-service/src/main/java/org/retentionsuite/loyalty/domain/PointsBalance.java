package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The member's balance snapshot: always the sum of its ledger entries, kept in the member row so
 * that one row lock serialises every change to a member's points.
 */
@Embeddable
public class PointsBalance {

    @Column(name = "active_points")
    private long active;

    @Column(name = "pending_points")
    private long pending;

    @Column(name = "reserved_points")
    private long reserved;

    @Column(name = "points_debt")
    private long debt;

    @Column(name = "lifetime_earned")
    private long lifetimeEarned;

    @Column(name = "lifetime_spent")
    private long lifetimeSpent;

    @Column(name = "expired_points")
    private long expired;

    /** Applies one entry; the lifetime counters follow from the entry's kind and deltas. */
    void apply(LedgerEntry entry) {
        active += entry.activeDelta();
        pending += entry.pendingDelta();
        reserved += entry.reservedDelta();
        debt += entry.debtDelta();
        switch (entry.kind()) {
            case EARN -> lifetimeEarned += entry.activeDelta() + entry.pendingDelta() - entry.debtDelta();
            case SPEND -> lifetimeSpent -= entry.activeDelta() + entry.reservedDelta();
            case EXPIRE -> expired -= entry.activeDelta();
            default -> {
                // ACTIVATE, RESERVE, RELEASE, RETURN and ADJUST move points between parts only
            }
        }
        if (active < 0 || pending < 0 || reserved < 0 || debt < 0) {
            throw new IllegalStateException("entry " + entry.kind() + " would make the balance negative: " + snapshot());
        }
    }

    public Balance snapshot() {
        return new Balance(active, pending, reserved, lifetimeEarned, lifetimeSpent, expired, debt);
    }
}
