package org.retentionsuite.gateway.api;

import java.time.Instant;

/**
 * A member; {@code tier} is null below the first tier or while the programme has no tiers,
 * {@code birthday} is "YYYY-MM-DD", {@code statusReason} says why a suspended member is suspended.
 */
public record MemberView(String programId, String customerId, String email, String locale, String name, String status,
        String statusReason, String country, String birthday, boolean marketingConsent, String referralCode,
        String referredBy, BalanceView balance, String tier, Instant tierSince, Instant enrolledAt) {

    /**
     * A member's points: {@code active} can be spent now, {@code pending} not yet, {@code reserved}
     * is held by open reservations, {@code debt} is owed after returns of spent points.
     */
    public record BalanceView(long active, long pending, long reserved, long lifetimeEarned, long lifetimeSpent,
            long expired, long debt) {
    }
}
