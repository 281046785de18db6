package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A programme's points expiry: {@code days} counts for AFTER_DAYS, {@code periodsAfter} for
 * END_OF_MONTH and END_OF_YEAR (0 = the end of the period of earning).
 */
public record ExpiryTerms(
        @NotNull ExpiryKind kind,
        @PositiveOrZero Integer days,
        @PositiveOrZero Integer periodsAfter) {
}
