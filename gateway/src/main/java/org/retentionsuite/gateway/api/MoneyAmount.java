package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Money as the API writes it: {@code {"currency": "EUR", "amount": "12.50"}}. */
public record MoneyAmount(
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR") String currency,
        @NotBlank @Pattern(regexp = "-?\\d{1,15}(\\.\\d{1,4})?", message = "must be a decimal string such as \"12.50\"") String amount) {
}
