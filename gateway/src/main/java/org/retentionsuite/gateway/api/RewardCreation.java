package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /programs/{programId}/rewards}: {@code name} per BCP 47 language tag; {@code stock}
 * and {@code perMemberLimit} are unlimited when not given; {@code value} says what the member gets
 * (see {@link RewardValueTerms}).
 */
public record RewardCreation(
        @NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 200) String> name,
        @NotNull RewardKind kind,
        @NotNull @Positive Long pointsCost,
        @PositiveOrZero Long stock,
        @Positive Integer perMemberLimit,
        Instant validFrom,
        Instant validUntil,
        @Valid RewardValueTerms value) {
}
