package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * {@code POST /programs/{programId}/event-rules}: at most {@code capCount} events earn per member per
 * {@code capPeriod}; no cap when {@code capCount} is not given.
 */
public record EventRuleCreation(
        @NotBlank @Size(max = 64) String eventKey,
        @NotNull @Positive Long points,
        @PositiveOrZero Integer capCount,
        CapPeriod capPeriod,
        Instant activeFrom,
        Instant activeUntil) {
}
