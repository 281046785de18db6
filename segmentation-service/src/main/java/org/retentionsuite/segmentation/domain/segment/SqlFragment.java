package org.retentionsuite.segmentation.domain.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with {@code ?} placeholders and their values in order. Values never become
 * part of the text: whatever a client writes in a rule travels as a bound parameter.
 */
public record SqlFragment(String sql, List<Object> parameters) {

    public SqlFragment {
        parameters = List.copyOf(parameters);
    }

    public static SqlFragment of(String sql, Object... parameters) {
        return new SqlFragment(sql, List.of(parameters));
    }

    /** Joins fragments with a separator, inside parentheses. */
    public static SqlFragment join(String separator, List<SqlFragment> parts) {
        StringBuilder sql = new StringBuilder("(");
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            sql.append(parts.get(i).sql());
            parameters.addAll(parts.get(i).parameters());
        }
        return new SqlFragment(sql.append(')').toString(), parameters);
    }

    /** This fragment with {@code %s} in its text replaced by {@code inner}, parameters in text order. */
    public SqlFragment wrapping(SqlFragment inner) {
        int at = sql.indexOf("%s");
        long before = sql.substring(0, at).chars().filter(c -> c == '?').count();
        List<Object> combined = new ArrayList<>(parameters.subList(0, (int) before));
        combined.addAll(inner.parameters());
        combined.addAll(parameters.subList((int) before, parameters.size()));
        return new SqlFragment(sql.substring(0, at) + inner.sql() + sql.substring(at + 2), combined);
    }
}
