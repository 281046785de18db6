package org.retentionsuite.gateway.api;

import java.time.Instant;

/**
 * {@code GET /customers/{customerId}/insights}: the activity's figures, and where known the RFM,
 * the CLV under the latest fit, the churn risk as of now, the cohort (first purchase month) and
 * the attributes.
 */
public record CustomerInsightsView(String customerId, long purchaseCount, MoneyAmount totalSpend, Instant firstPurchaseAt,
        Instant lastPurchaseAt, RfmViews.CustomerRfm rfm, CustomerClvView clv, ChurnRiskViews.ChurnRisk churnRisk,
        String cohortMonth, CustomerAttributesView attributes) {
}
