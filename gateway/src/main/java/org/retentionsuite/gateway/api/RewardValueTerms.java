package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * What a reward gives, by its kind: {@code discount} (FIXED_DISCOUNT) or {@code cashback}
 * (CASHBACK) as money, {@code percent} (PERCENTAGE_DISCOUNT) as a decimal string such as "12.5",
 * {@code sku} (FREE_PRODUCT) or {@code description} (EXPERIENCE). Exactly the kind's one is given.
 */
public record RewardValueTerms(
        @Valid MoneyAmount discount,
        @Size(max = 10) String percent,
        @Valid MoneyAmount cashback,
        @Size(max = 128) String sku,
        @Size(max = 500) String description) {
}
