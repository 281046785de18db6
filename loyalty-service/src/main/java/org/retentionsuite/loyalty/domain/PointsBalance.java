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

    PointsBalance() {
    }

    /** A snapshot as stored (read over JDBC). */
    PointsBalance(Balance stored) {
        restore(stored);
    }

    /** Applies one entry (see {@link Balance#after}). */
    void apply(LedgerEntry entry) {
        restore(snapshot().after(entry));
    }

    private void restore(Balance balance) {
        active = balance.active();
        pending = balance.pending();
        reserved = balance.reserved();
        debt = balance.debt();
        lifetimeEarned = balance.lifetimeEarned();
        lifetimeSpent = balance.lifetimeSpent();
        expired = balance.expired();
    }

    public Balance snapshot() {
        return new Balance(active, pending, reserved, lifetimeEarned, lifetimeSpent, expired, debt);
    }
}
