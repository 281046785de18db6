package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A redemption; {@code expiresAt} is when a reservation lapses, {@code balance} the member's points after it;
 * {@code offerReason} only for a reward offered free of points (0 points).
 */
public record RedemptionView(String id, String customerId, String rewardId, long points, String status, String couponCode,
        Instant createdAt, Instant expiresAt, MemberView.BalanceView balance,
        @JsonInclude(JsonInclude.Include.NON_NULL) String offerReason) {
}
