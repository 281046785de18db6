package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * One element of {@code POST /activities}; {@code eventId} de-duplicates retries. A purchase or
 * return has an {@code amount}, a visit may have a {@code name}, a support contact needs its
 * {@code supportOutcome} and feedback its {@code feedback} score.
 */
public record ActivityEvent(
        @NotBlank @Size(max = 128) String eventId,
        @NotBlank @Size(max = 128) String customerId,
        @NotNull ActivityType type,
        @NotNull Instant occurredAt,
        @Valid MoneyAmount amount,
        @Size(max = 64) String name,
        @Valid ActivityFeedback feedback,
        SupportOutcome supportOutcome) {
}
