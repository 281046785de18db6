package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** {@code POST /programs/{programId}/members/{customerId}/events}; {@code occurredAt} is now when not given. */
public record EventRecording(@NotBlank @Size(max = 64) String eventKey, Instant occurredAt) {
}
