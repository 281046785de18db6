package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /programs/{programId}/members/{customerId}/reward-offers}: gives the member the reward free of
 * points (a goodwill gesture); {@code reason} is kept with the redemption.
 */
public record RewardOffer(
        @NotBlank @Size(max = 64) String rewardId,
        @NotBlank @Size(max = 200) String reason) {
}
