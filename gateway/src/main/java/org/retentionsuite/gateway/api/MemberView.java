package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A member; {@code tier} is null while the programme has no tiers. */
public record MemberView(String programId, String customerId, String email, String locale, String name, String status,
        BalanceView balance, String tier, Instant enrolledAt) {

    /**
     * A member's points: {@code active} can be spent now, {@code pending} not yet, {@code reserved}
     * is held by open reservations, {@code debt} is owed after returns of spent points.
     */
    public record BalanceView(long active, long pending, long reserved, long lifetimeEarned, long lifetimeSpent,
            long expired, long debt) {
    }
}
