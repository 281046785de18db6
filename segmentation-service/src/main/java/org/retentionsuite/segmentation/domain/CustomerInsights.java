package org.retentionsuite.segmentation.domain;

import java.time.Instant;
import java.util.Currency;

/**
 * What a customer's activity says about them. Total spend is purchases less returns in the
 * reporting currency; the purchase instants are null when the customer never purchased.
 */
public record CustomerInsights(String customerId, long purchaseCount, Currency currency, long totalSpendMinor,
        Instant firstPurchaseAt, Instant lastPurchaseAt) {
}
