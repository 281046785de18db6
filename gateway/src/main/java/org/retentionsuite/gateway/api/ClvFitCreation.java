package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code POST /clv/fits}: fit on the purchases up to {@code calibrationEnd} (an ISO date); with
 * {@code calibrationStart}, only of the customers who first purchased on or after it.
 */
public record ClvFitCreation(String calibrationStart, @NotBlank String calibrationEnd, @NotNull ClvTimeUnit timeUnit) {
}
