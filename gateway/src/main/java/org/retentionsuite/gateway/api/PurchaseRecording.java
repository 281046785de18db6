package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** {@code POST /programs/{programId}/purchases}, sent with an {@code Idempotency-Key} header. */
public record PurchaseRecording(
        @NotBlank @Size(max = 128) String customerId,
        @NotBlank @Size(max = 128) String orderId,
        @NotNull @Valid MoneyAmount amount,
        @Size(max = 500) List<@NotNull @Valid PurchaseLineItem> lines,
        @NotNull Instant occurredAt) {
}
