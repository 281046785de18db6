package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** {@code POST /programs/{programId}/challenges}: reach {@code target} within the last {@code windowDays} to earn the badge. */
public record ChallengeCreation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String badge,
        @NotNull ChallengeMetric metric,
        @NotNull @Positive Long target,
        @NotNull @Positive Integer windowDays,
        @PositiveOrZero Long bonusPoints,
        Instant activeFrom,
        Instant activeUntil) {
}
