package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.List;

/**
 * A field read from one row about the customer (their attributes, churn risk or scores), not
 * counted over a window. {@code sql} is a scalar subquery over customer {@code c}; its parameters
 * are bound before the compared values.
 */
public record LookupField(String name, ValueKind kind, String sql, List<Object> parameters, List<String> choices,
        boolean readsScoreSnapshot) implements RuleField {

    public LookupField {
        parameters = List.copyOf(parameters);
        choices = List.copyOf(choices);
    }

    @Override
    public boolean windowed() {
        return false;
    }

    @Override
    public SqlFragment expression(Instant now, Instant since) {
        return new SqlFragment(sql, parameters);
    }
}
