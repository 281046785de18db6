package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** One line of a purchase; {@code amount} is the line's total in the purchase's currency. */
public record PurchaseLineItem(
        @Size(max = 128) String sku,
        @Size(max = 128) String category,
        @PositiveOrZero Integer quantity,
        @NotNull @Valid MoneyAmount amount) {
}
