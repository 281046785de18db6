package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** {@code POST /programs}. */
public record ProgramCreation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 4) BigDecimal pointsPerCurrencyUnit) {
}
