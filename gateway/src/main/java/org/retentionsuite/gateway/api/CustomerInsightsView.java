package org.retentionsuite.gateway.api;

import java.time.Instant;

public record CustomerInsightsView(String customerId, long purchaseCount, MoneyAmount totalSpend, Instant firstPurchaseAt,
        Instant lastPurchaseAt) {
}
