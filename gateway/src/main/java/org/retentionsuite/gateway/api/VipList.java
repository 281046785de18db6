package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code GET /vip}: the top customers by {@code by} (spend, frequency or clv). */
public record VipList(String by, List<Item> items) {

    /** {@code clv} only when ranked by it. */
    public record Item(int rank, String customerId, MoneyAmount totalSpend, long purchaseCount, MoneyAmount clv) {
    }
}
