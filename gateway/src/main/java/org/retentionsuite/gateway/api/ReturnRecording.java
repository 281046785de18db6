package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/** {@code POST /programs/{programId}/returns}: {@code returnId} makes a return count once; {@code occurredAt} defaults to now. */
public record ReturnRecording(
        @NotBlank @Size(max = 128) String customerId,
        @NotBlank @Size(max = 128) String returnId,
        @NotBlank @Size(max = 128) String orderId,
        @NotNull @Valid MoneyAmount amount,
        Instant occurredAt) {
}
