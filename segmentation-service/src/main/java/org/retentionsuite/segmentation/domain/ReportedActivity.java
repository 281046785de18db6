package org.retentionsuite.segmentation.domain;

import java.time.Instant;

/**
 * One activity as a sender reports it, not yet validated: absent values are null, and an
 * unspecified or unknown type (or outcome) is null.
 */
public record ReportedActivity(String eventId, String customerId, ActivityType type, Instant occurredAt, Amount amount,
        String name, Feedback feedback, SupportOutcome supportOutcome) {

    /** A purchase, return or other activity without name, feedback or support outcome. */
    public ReportedActivity(String eventId, String customerId, ActivityType type, Instant occurredAt, Amount amount) {
        this(eventId, customerId, type, occurredAt, amount, null, null, null);
    }

    /** An amount of money in minor units of an ISO 4217 currency. */
    public record Amount(String currencyCode, long amountMinor) {
    }
}
