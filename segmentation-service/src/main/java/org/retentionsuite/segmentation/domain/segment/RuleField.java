package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;

/**
 * A field a segment rule can test. It renders itself as an SQL expression over one customer,
 * whose id is {@code c.customer_id} in the surrounding query; its parameters are bound, never spliced.
 */
public interface RuleField {

    String name();

    ValueKind kind();

    /** Behaviour fields count within a window of the last days (0: all time). */
    boolean windowed();

    /**
     * The field's value for customer {@code c}, as evaluated at {@code now}; {@code since} is the
     * window's start, or null for all time (and for fields that are not windowed).
     */
    SqlFragment expression(Instant now, Instant since);

    /**
     * The field as an aggregate over the customer's activity rows {@code a}, for a full pass that groups
     * every customer's activity once; null when the field has no such form (it is then evaluated per customer).
     */
    default SqlFragment aggregate(Instant now, Instant since) {
        return null;
    }

    /** The aggregate's value for a customer without any activity (SQL text: {@code 0} for counts, else NULL). */
    default String aggregateWithoutActivity() {
        return "NULL";
    }

    /** The values a {@link ValueKind#LABEL} field can take; empty for other kinds. */
    default java.util.List<String> choices() {
        return java.util.List.of();
    }

    /** True when the field reads the customer score snapshot, which a full pass refreshes first. */
    default boolean readsScoreSnapshot() {
        return false;
    }
}
