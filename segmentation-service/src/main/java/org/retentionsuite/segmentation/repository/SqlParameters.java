package org.retentionsuite.segmentation.repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Binds the parameters of a compiled rule (and of the statements around it) by their Java type. */
final class SqlParameters {

    private SqlParameters() {
    }

    /** Binds from {@code index}; returns the next free index. */
    static int bind(PreparedStatement statement, int index, List<Object> parameters) throws SQLException {
        int next = index;
        for (Object parameter : parameters) {
            if (parameter instanceof String text) {
                statement.setString(next, text);
            } else if (parameter instanceof Long number) {
                statement.setLong(next, number);
            } else if (parameter instanceof Integer number) {
                statement.setInt(next, number);
            } else if (parameter instanceof BigDecimal number) {
                statement.setBigDecimal(next, number);
            } else if (parameter instanceof Double number) {
                statement.setDouble(next, number);
            } else if (parameter instanceof Instant instant) {
                statement.setObject(next, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (parameter instanceof java.time.LocalDate date) {
                statement.setObject(next, date, java.sql.Types.DATE);
            } else if (parameter instanceof UUID id) {
                statement.setObject(next, id);
            } else if (parameter instanceof String[] texts) {
                statement.setArray(next, statement.getConnection().createArrayOf("text", texts));
            } else {
                throw new IllegalArgumentException("cannot bind a " + parameter.getClass());
            }
            next++;
        }
        return next;
    }
}
