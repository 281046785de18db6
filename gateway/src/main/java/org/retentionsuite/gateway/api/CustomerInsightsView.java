package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /customers/{customerId}/insights}: the activity's figures, and where known the RFM,
 * the CLV under the latest fit, the churn risk as of now, the cohort (first purchase month) and
 * the attributes; and the segments the customer is in now, by name (empty when none).
 */
public record CustomerInsightsView(String customerId, long purchaseCount, MoneyAmount totalSpend, Instant firstPurchaseAt,
        Instant lastPurchaseAt, RfmViews.CustomerRfm rfm, CustomerClvView clv, ChurnRiskViews.ChurnRisk churnRisk,
        String cohortMonth, CustomerAttributesView attributes, List<Segment> segments) {

    /** A segment the customer is in, and since when. */
    public record Segment(String segmentId, String segmentName, Instant enteredAt) {
    }
}
