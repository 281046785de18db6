package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code POST /programs}. The terms after {@code pointsPerCurrencyUnit} are optional; the service
 * applies its defaults to those not given. {@code exchangeRates} says what one unit of another
 * currency is worth in the programme's currency: {@code {"USD": "0.92"}}.
 */
public record ProgramCreation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull @Positive @DecimalMax("10000") @Digits(integer = 5, fraction = 4) BigDecimal pointsPerCurrencyUnit,
        PointsRounding rounding,
        @PositiveOrZero Integer pendingDays,
        @Valid ExpiryTerms expiry,
        ReturnPolicy returnPolicy,
        @Size(max = 200) Map<
                @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD") String,
                @NotBlank @Pattern(regexp = "\\d{1,9}(\\.\\d{1,8})?", message = "must be a decimal string such as \"0.92\"") String> exchangeRates,
        @Positive Integer reservationMinutes) {
}
