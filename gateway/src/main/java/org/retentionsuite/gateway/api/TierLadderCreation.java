package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /programs/{programId}/tier-ladder}: {@code windowDays} for a ROLLING_DAYS window; ranks follow the thresholds. */
public record TierLadderCreation(
        @NotNull TierBasis basis,
        @NotNull TierWindow window,
        @Positive Integer windowDays,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Tier> tiers) {

    /** {@code earnMultiplier} is a decimal string; "1.5" earns half the base points again. */
    public record Tier(
            @NotBlank @Size(max = 64) String name,
            @NotNull @PositiveOrZero Long threshold,
            @Pattern(regexp = "\\d{1,5}(\\.\\d{1,4})?", message = "must be a decimal string such as \"1\" or \"1.5\"")
            String earnMultiplier,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> perks) {
    }
}
