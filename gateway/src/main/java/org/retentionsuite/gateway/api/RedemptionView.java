package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A redemption; {@code expiresAt} is when a reservation lapses, {@code balance} the member's points after it. */
public record RedemptionView(String id, String customerId, String rewardId, long points, String status, String couponCode,
        Instant createdAt, Instant expiresAt, MemberView.BalanceView balance) {
}
