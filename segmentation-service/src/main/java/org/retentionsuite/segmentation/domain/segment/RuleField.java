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
}
