package org.retentionsuite.segmentation.domain.segment;

import org.retentionsuite.segmentation.domain.Violations;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a written rule against the fields and operators, reporting every offending part by its
 * path ({@code rule.any[1].all[0].operator}); only a rule without any becomes a {@link SegmentRule}.
 */
public final class RuleParser {

    public static final int MAX_DEPTH = 8;
    public static final int MAX_CONDITIONS = 100;
    public static final int MAX_VALUES = 1000;
    public static final int MAX_WINDOW_DAYS = 3650;
    private static final Set<String> ONE_VALUE = Set.of("equals", "notEquals", "atLeast", "atMost", "greaterThan",
            "lessThan", "startsWith");

    private final RuleFields fields;
    private final Currency currency;
    private int conditions;

    private RuleParser(RuleFields fields, Currency currency) {
        this.fields = fields;
        this.currency = currency;
    }

    /** The checked rule; throws an InvalidRequestException naming each offending part under {@code path}. */
    public static SegmentRule parse(String path, RuleSpec spec, RuleFields fields, Currency currency) {
        Violations violations = new Violations();
        if (spec == null) {
            violations.add(path, "is required");
            violations.throwIfAny();
        }
        RuleParser parser = new RuleParser(fields, currency);
        Optional<SegmentRule> rule = parser.node(violations, path, spec, 1);
        if (parser.conditions > MAX_CONDITIONS) {
            violations.add(path, "has " + parser.conditions + " conditions; at most " + MAX_CONDITIONS + " are allowed");
        }
        violations.throwIfAny();
        return rule.orElseThrow();
    }

    private Optional<SegmentRule> node(Violations violations, String path, RuleSpec spec, int depth) {
        boolean group = !spec.all().isEmpty() || !spec.any().isEmpty();
        boolean condition = !spec.field().isEmpty();
        if (!spec.all().isEmpty() && !spec.any().isEmpty()) {
            violations.add(path, "must be either all or any, not both (nest one in the other)");
            return Optional.empty();
        }
        if (group && condition) {
            violations.add(path, "must be either a group (all or any) or a condition (field), not both");
            return Optional.empty();
        }
        if (!group && !condition) {
            violations.add(path, "must hold all, any (one or more rules) or a field");
            return Optional.empty();
        }
        if (condition) {
            return condition(violations, path, spec);
        }
        if (depth >= MAX_DEPTH) {
            violations.add(path, "nests deeper than " + MAX_DEPTH + " levels");
            return Optional.empty();
        }
        boolean all = !spec.all().isEmpty();
        List<RuleSpec> children = all ? spec.all() : spec.any();
        List<SegmentRule> rules = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            node(violations, path + (all ? ".all[" : ".any[") + i + "]", children.get(i), depth + 1).ifPresent(rules::add);
        }
        return rules.size() == children.size() ? Optional.of(new SegmentRule.Group(all, rules)) : Optional.empty();
    }

    private Optional<SegmentRule> condition(Violations violations, String path, RuleSpec spec) {
        conditions++;
        int before = violations.count();
        Optional<RuleField> field = fields.find(spec.field());
        if (field.isEmpty()) {
            violations.add(path + ".field", "unknown field \"" + clip(spec.field()) + "\"; known fields: " + fields.names());
            return Optional.empty();
        }
        ValueKind kind = field.get().kind();
        String operator = spec.operator();
        if (!kind.operators().contains(operator)) {
            violations.add(path + ".operator", (operator.isEmpty() ? "is required" : "\"" + clip(operator) + "\" does not apply")
                    + "; " + spec.field() + " takes " + String.join(", ", kind.operators().stream().sorted().toList()));
        } else {
            checkValueCount(violations, path + ".values", operator, spec.values().size());
        }
        if (spec.withinDays() != 0 && !field.get().windowed()) {
            violations.add(path + ".within_days", "applies only to behaviour fields; " + spec.field() + " has no window");
        } else if (spec.withinDays() < 0 || spec.withinDays() > MAX_WINDOW_DAYS) {
            violations.add(path + ".within_days", "must be 0 (all time) to " + MAX_WINDOW_DAYS + " days");
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < spec.values().size() && i < MAX_VALUES; i++) {
            try {
                values.add(kind.read(spec.values().get(i), currency));
            } catch (IllegalArgumentException e) {
                violations.add(path + ".values[" + i + "]", e.getMessage());
            }
        }
        List<String> choices = field.get().choices();
        for (int i = 0; i < values.size() && !choices.isEmpty(); i++) {
            if (!choices.contains(values.get(i))) {
                violations.add(path + ".values[" + i + "]", "\"" + clip(spec.values().get(i)) + "\" is not one of "
                        + String.join(", ", choices));
            }
        }
        if (violations.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new SegmentRule.Condition(field.get(), operator, values, spec.withinDays()));
    }

    private static void checkValueCount(Violations violations, String path, String operator, int count) {
        if (ONE_VALUE.contains(operator) && count != 1) {
            violations.add(path, operator + " takes exactly one value, not " + count);
        } else if (operator.equals("between") && count != 2) {
            violations.add(path, "between takes two values (from and to, inclusive), not " + count);
        } else if ((operator.equals("in") || operator.equals("notIn")) && (count < 1 || count > MAX_VALUES)) {
            violations.add(path, operator + " takes 1 to " + MAX_VALUES + " values, not " + count);
        }
    }

    /** Echoes client text in a message only up to a readable length. */
    private static String clip(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
