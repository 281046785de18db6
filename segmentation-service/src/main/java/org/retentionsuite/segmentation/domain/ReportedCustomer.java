package org.retentionsuite.segmentation.domain;

/** A customer's attributes as a sender reports them, not yet validated: absent texts are empty or null. */
public record ReportedCustomer(String customerId, String country, String language, String signedUpOn,
        String acquisitionChannel, ReportedActivity.Amount acquisitionCost, String referredBy) {
}
