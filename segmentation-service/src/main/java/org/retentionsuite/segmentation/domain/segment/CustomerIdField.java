package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;

/** The business's own customer id, for rules that name customers or a range of ids. */
public final class CustomerIdField implements RuleField {

    @Override
    public String name() {
        return "customerId";
    }

    @Override
    public ValueKind kind() {
        return ValueKind.TEXT;
    }

    @Override
    public boolean windowed() {
        return false;
    }

    @Override
    public SqlFragment expression(Instant now, Instant since) {
        return SqlFragment.of("c.customer_id");
    }
}
