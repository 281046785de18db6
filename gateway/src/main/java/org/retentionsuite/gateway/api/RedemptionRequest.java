package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST .../redemptions}: {@code reserve} holds the points for a checkout, to commit or cancel later. */
public record RedemptionRequest(
        @NotBlank @Size(max = 64) String rewardId,
        Boolean reserve) {
}
