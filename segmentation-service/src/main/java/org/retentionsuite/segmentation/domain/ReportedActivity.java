package org.retentionsuite.segmentation.domain;

import java.time.Instant;

/**
 * One activity as a sender reports it, not yet validated: absent values are null, and an
 * unspecified or unknown type is null.
 */
public record ReportedActivity(String eventId, String customerId, ActivityType type, Instant occurredAt, Amount amount) {

    /** An amount of money in minor units of an ISO 4217 currency. */
    public record Amount(String currencyCode, long amountMinor) {
    }
}
