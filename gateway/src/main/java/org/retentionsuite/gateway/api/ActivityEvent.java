package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** One element of {@code POST /activities}; {@code eventId} de-duplicates retries. */
public record ActivityEvent(
        @NotBlank @Size(max = 128) String eventId,
        @NotBlank @Size(max = 128) String customerId,
        @NotNull ActivityType type,
        @NotNull Instant occurredAt,
        @Valid MoneyAmount amount) {
}
