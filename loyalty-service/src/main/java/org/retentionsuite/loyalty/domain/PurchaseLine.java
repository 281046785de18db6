package org.retentionsuite.loyalty.domain;

/** One line of a purchase; its amount is in the purchase's currency, in minor units. */
public record PurchaseLine(String sku, String category, int quantity, long amountMinor) {
}
