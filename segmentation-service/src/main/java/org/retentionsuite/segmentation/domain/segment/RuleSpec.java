package org.retentionsuite.segmentation.domain.segment;

import java.util.List;

/**
 * A segment rule as a client wrote it, not yet checked: a group ({@code all} or {@code any} of
 * nested rules) or a condition ({@code field}, {@code operator}, {@code values}, {@code withinDays}).
 */
public record RuleSpec(List<RuleSpec> all, List<RuleSpec> any, String field, String operator, List<String> values,
        int withinDays) {

    public RuleSpec {
        all = all == null ? List.of() : List.copyOf(all);
        any = any == null ? List.of() : List.copyOf(any);
        field = field == null ? "" : field.strip();
        operator = operator == null ? "" : operator.strip();
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static RuleSpec allOf(RuleSpec... rules) {
        return new RuleSpec(List.of(rules), null, null, null, null, 0);
    }

    public static RuleSpec anyOf(RuleSpec... rules) {
        return new RuleSpec(null, List.of(rules), null, null, null, 0);
    }

    public static RuleSpec condition(String field, String operator, int withinDays, String... values) {
        return new RuleSpec(null, null, field, operator, List.of(values), withinDays);
    }
}
