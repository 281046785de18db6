package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** {@code POST /programs/{programId}/earning-rules}: {@code multiplier} is a decimal string, "2" for double points. */
public record EarningRuleCreation(
        @NotNull EarningRuleMatch match,
        @NotBlank @Size(max = 128) String value,
        @NotBlank @Pattern(regexp = "\\d{1,5}(\\.\\d{1,4})?", message = "must be a decimal string such as \"2\" or \"1.5\"") String multiplier,
        Instant activeFrom,
        Instant activeUntil) {
}
