package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A member; {@code tier} is null while the programme has no tiers. */
public record MemberView(String programId, String customerId, String email, String locale, String name, String status,
        BalanceView balance, String tier, Instant enrolledAt) {

    public record BalanceView(long active, long pending, long reserved) {
    }
}
