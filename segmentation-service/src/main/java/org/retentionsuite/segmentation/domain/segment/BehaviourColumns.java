package org.retentionsuite.segmentation.domain.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The behaviour a full pass aggregates once for every customer: each condition on an activity field
 * that has an aggregate form adds a column to one {@code GROUP BY customer_id} over the activity, and
 * reads it from the candidate row {@code c} instead of a correlated subquery per customer.
 */
public final class BehaviourColumns {

    private final List<SqlFragment> aggregates = new ArrayList<>();

    /** Adds the aggregate (over activity rows {@code a}) and returns the candidate column that holds it. */
    public String column(SqlFragment aggregate) {
        aggregates.add(aggregate);
        return "c." + name(aggregates.size() - 1);
    }

    /** The aggregates as select items, each with its leading comma: {@code , <aggregate> AS behaviour_0 …}. */
    public SqlFragment selectItems() {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < aggregates.size(); i++) {
            sql.append(", ").append(aggregates.get(i).sql()).append(" AS ").append(name(i));
            parameters.addAll(aggregates.get(i).parameters());
        }
        return new SqlFragment(sql.toString(), parameters);
    }

    /** The columns as read from the aggregate's alias {@code b}, each with its leading comma. */
    public String joinedColumns() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < aggregates.size(); i++) {
            sql.append(", b.").append(name(i));
        }
        return sql.toString();
    }

    private static String name(int index) {
        return "behaviour_" + index;
    }
}
