package org.retentionsuite.loyalty.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native SELECTs, run on the transaction's own JDBC connection after flushing what the session holds
 * (as Hibernate does before a native query).
 *
 * <p>Why not {@code createNativeQuery}: under load, this service's native selects (the idempotency
 * key's advisory lock first of all) each added an entry to Hibernate's query plan cache, all under
 * one hash, instead of finding the entry of the call before. JFR showed the cache holding thousands
 * of them in one bin, every look-up comparing against all of them ({@code SelectInterpretationsKey}
 * and {@code ResultSetMappingImpl.equals}, about 10 ms of CPU per purchase), and the flood evicting
 * the HQL plans, which were then parsed again. Over JDBC these statements do not touch that cache.
 */
@ApplicationScoped
public class NativeRows {

    private static final Pattern NUMBERED_PARAMETER = Pattern.compile("\\?(\\d+)");

    private final EntityManager entityManager;

    public NativeRows(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every row, as its column values; parameters are numbered {@code ?1, ?2, …} and may repeat. */
    public List<Object[]> list(String sql, Object... parameters) {
        if (entityManager.isJoinedToTransaction()) {
            entityManager.flush();
        }
        List<Integer> order = new ArrayList<>();
        Matcher matcher = NUMBERED_PARAMETER.matcher(sql);
        StringBuilder jdbcSql = new StringBuilder();
        while (matcher.find()) {
            order.add(Integer.parseInt(matcher.group(1)) - 1);
            matcher.appendReplacement(jdbcSql, "?");
        }
        matcher.appendTail(jdbcSql);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(jdbcSql.toString())) {
                for (int i = 0; i < order.size(); i++) {
                    statement.setObject(i + 1, jdbcValue(parameters[order.get(i)]));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return read(rows);
                }
            }
        });
    }

    /** The first column of the first row (null without rows). */
    public Object value(String sql, Object... parameters) {
        List<Object[]> rows = list(sql, parameters);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    /** The first column of every row, as ids. */
    public List<UUID> ids(String sql, Object... parameters) {
        return list(sql, parameters).stream().map(row -> uuid(row[0])).toList();
    }

    public static UUID uuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /** A parameter as pgjdbc takes it: an instant as a timestamptz in UTC. */
    static Object jdbcValue(Object value) {
        return value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value;
    }

    private static List<Object[]> read(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        List<Object[]> result = new ArrayList<>();
        while (rows.next()) {
            Object[] row = new Object[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = rows.getObject(i + 1);
            }
            result.add(row);
        }
        return result;
    }
}
