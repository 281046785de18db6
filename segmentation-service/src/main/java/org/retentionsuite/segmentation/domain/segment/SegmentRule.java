package org.retentionsuite.segmentation.domain.segment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A checked segment rule, which compiles to one parameterised SQL predicate over customer {@code c}. */
public sealed interface SegmentRule {

    /** The predicate as evaluated at {@code now} (behaviour windows end there), each field per customer. */
    default SqlFragment toSql(Instant now) {
        return toSql(now, null);
    }

    /**
     * The predicate with the activity fields that have an aggregate form read from the columns it adds to
     * {@code behaviour} (null: every field per customer).
     */
    SqlFragment toSql(Instant now, BehaviourColumns behaviour);

    /** True when a condition reads the customer score snapshot (RFM scores, predicted CLV). */
    boolean readsScoreSnapshot();

    /** All (AND) or any (OR) of the nested rules. */
    record Group(boolean all, List<SegmentRule> rules) implements SegmentRule {

        @Override
        public SqlFragment toSql(Instant now, BehaviourColumns behaviour) {
            return SqlFragment.join(all ? " AND " : " OR ",
                    rules.stream().map(rule -> rule.toSql(now, behaviour)).toList());
        }

        @Override
        public boolean readsScoreSnapshot() {
            return rules.stream().anyMatch(SegmentRule::readsScoreSnapshot);
        }
    }

    /** A field compared with values; {@code withinDays} 0 is all time. */
    record Condition(RuleField field, String operator, List<Object> values, int withinDays) implements SegmentRule {

        @Override
        public SqlFragment toSql(Instant now, BehaviourColumns behaviour) {
            Instant since = withinDays == 0 ? null : now.minus(Duration.ofDays(withinDays));
            SqlFragment aggregate = behaviour == null ? null : field.aggregate(now, since);
            SqlFragment expression = aggregate == null ? field.expression(now, since)
                    : SqlFragment.of("coalesce(" + behaviour.column(aggregate) + ", " + field.aggregateWithoutActivity() + ")");
            List<Object> parameters = new ArrayList<>(expression.parameters());
            parameters.addAll(values);
            String e = expression.sql();
            String sql = switch (operator) {
                case "equals" -> e + " = ?";
                case "notEquals" -> e + " <> ?";
                case "in" -> e + " IN (" + placeholders(values.size()) + ")";
                case "notIn" -> e + " NOT IN (" + placeholders(values.size()) + ")";
                case "between" -> e + " BETWEEN ? AND ?";
                case "atLeast" -> e + " >= ?";
                case "atMost" -> e + " <= ?";
                case "greaterThan" -> e + " > ?";
                case "lessThan" -> e + " < ?";
                // A prefix match without LIKE, so that % and _ in the value are plain characters.
                case "startsWith" -> "left(" + e + ", length(?)) = ?";
                default -> throw new IllegalStateException("operator " + operator + " passed the parser");
            };
            if (operator.equals("startsWith")) {
                parameters.add(values.get(0));
            }
            // A field without a value (NULL) matches no comparison, also not notEquals.
            return new SqlFragment("coalesce(" + sql + ", false)", parameters);
        }

        @Override
        public boolean readsScoreSnapshot() {
            return field.readsScoreSnapshot();
        }

        private static String placeholders(int count) {
            return String.join(", ", java.util.Collections.nCopies(count, "?"));
        }
    }
}
