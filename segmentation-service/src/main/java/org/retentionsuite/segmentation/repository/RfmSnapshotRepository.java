package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;
import org.retentionsuite.segmentation.domain.rfm.RfmQuintiles;
import org.retentionsuite.segmentation.domain.rfm.RfmSnapshot;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The stored RFM snapshot: written by one set-based INSERT … SELECT (the same NTILE(5) scoring as
 * {@link RfmRepository}), read one customer at a time by primary key.
 */
@ApplicationScoped
public class RfmSnapshotRepository {

    /*
     * The values are RfmRepository.CUSTOMER_VALUES' (no "since"), aggregated through the customers' days so that the
     * same statement yields the purchase profile (first purchase day, purchase days, spend, the first day's spend)
     * that the CLV and churn passes read instead of aggregating the activity again. The data-modifying CTE stores
     * this statement's snapshot with the snapshot row: the profile holds exactly the activity visible in it.
     * Both levels group sorted rows (SORTED_GROUPING): one sort by (customer, day) feeds the day groups, whose output
     * is already in customer order for the second level. The customer id is grouped and sorted as COLLATE "C" (the
     * same groups: equality is by bytes in either collation), so the sort compares bytes instead of calling strcoll.
     * Parameters: snapshot id, currency twice, as-of date twice, snapshot id.
     */
    private static final String FILL = """
            WITH marked AS (
                UPDATE rfm_snapshot SET activity_snapshot = pg_current_snapshot() WHERE id = ? RETURNING id
            ),
            days AS (
                SELECT customer_id COLLATE "C" AS customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                       count(*) FILTER (WHERE type = 'PURCHASE') AS purchases,
                       coalesce(sum(amount_minor) FILTER (WHERE type = 'PURCHASE' AND currency_code = ?), 0)::bigint
                           AS spend_minor,
                       coalesce(sum(amount_minor) FILTER (WHERE type = 'RETURN' AND currency_code = ?), 0)::bigint
                           AS returns_minor
                FROM activity
                WHERE type IN ('PURCHASE', 'RETURN') AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                GROUP BY 1, 2
            ),
            customer_values AS (
                SELECT customer_id, ?::date - max(day) FILTER (WHERE purchases > 0) AS recency_days,
                       sum(purchases)::bigint AS frequency, (sum(spend_minor) - sum(returns_minor))::bigint AS monetary_minor,
                       min(day) FILTER (WHERE purchases > 0) AS first_purchase_day,
                       count(*) FILTER (WHERE purchases > 0) AS purchase_days, sum(spend_minor)::bigint AS spend_minor,
                       -- the least (day, spend) pair: no sort of each customer's days
                       (min(ARRAY[day - DATE '2000-01-01', spend_minor]) FILTER (WHERE purchases > 0))[2]
                           AS first_day_spend_minor
                FROM days
                GROUP BY customer_id
                HAVING sum(purchases) > 0
            )
            INSERT INTO customer_rfm (snapshot_id, customer_id, recency_days, frequency, monetary_minor, r, f, m,
                                      first_purchase_day, purchase_days, spend_minor, first_day_spend_minor)
            SELECT (SELECT id FROM marked), customer_id, recency_days, frequency, monetary_minor,
                   ntile(5) OVER (ORDER BY recency_days DESC, customer_id COLLATE "C"),
                   ntile(5) OVER (ORDER BY frequency, customer_id COLLATE "C"),
                   ntile(5) OVER (ORDER BY monetary_minor, customer_id COLLATE "C"),
                   first_purchase_day, purchase_days, spend_minor, first_day_spend_minor
            FROM customer_values
            """;

    /*
     * For the fill only: hash aggregation by (customer, day) built a table of nearly one group per activity row (1.85 M
     * groups of 2 M rows, 418 MB at 200,000 customers; spilled at full scale) and a second one by customer; a sort and
     * two streaming group aggregates took about 60 % of the CPU in psql (README, "RFM snapshot and segments"). JIT off
     * for the rest of the transaction: the planner's row guesses made it compile the fill for 0.7 s.
     */
    private static final String SORTED_GROUPING = "SET LOCAL enable_hashagg = off; SET LOCAL jit = off";

    private static final String DEFAULT_GROUPING = "SET LOCAL enable_hashagg TO DEFAULT";

    /** One pass over the new rows: the count and, per score 1 to 4, the boundary value. */
    private static final String BOUNDARIES = """
            SELECT count(*) AS customers,
                   array_remove(ARRAY[min(recency_days) FILTER (WHERE r = 1), min(recency_days) FILTER (WHERE r = 2),
                                      min(recency_days) FILTER (WHERE r = 3), min(recency_days) FILTER (WHERE r = 4)],
                                NULL) AS recency_cuts,
                   array_remove(ARRAY[max(frequency) FILTER (WHERE f = 1), max(frequency) FILTER (WHERE f = 2),
                                      max(frequency) FILTER (WHERE f = 3), max(frequency) FILTER (WHERE f = 4)],
                                NULL) AS frequency_cuts,
                   array_remove(ARRAY[max(monetary_minor) FILTER (WHERE m = 1), max(monetary_minor) FILTER (WHERE m = 2),
                                      max(monetary_minor) FILTER (WHERE m = 3), max(monetary_minor) FILTER (WHERE m = 4)],
                                NULL) AS monetary_cuts
            FROM customer_rfm
            WHERE snapshot_id = ?
            """;

    private static final String LATEST = """
            SELECT id, as_of, computed_at, customer_count, recency_cuts, frequency_cuts, monetary_cuts, duration_millis
            FROM rfm_snapshot ORDER BY id DESC LIMIT 1
            """;

    private static final String ROW = """
            SELECT recency_days, frequency, monetary_minor, r, f, m FROM customer_rfm
            WHERE snapshot_id = ? AND customer_id = ?
            """;

    /** One customer's values as of a date (index on customer id): currency twice, as-of date twice, customer. */
    private static final String VALUES_OF_ONE = """
            SELECT ?::date - (max(occurred_at) FILTER (WHERE type = 'PURCHASE') AT TIME ZONE 'UTC')::date AS recency_days,
                   count(*) FILTER (WHERE type = 'PURCHASE') AS frequency,
                   (coalesce(sum(amount_minor) FILTER (WHERE type = 'PURCHASE' AND currency_code = ?), 0)
                    - coalesce(sum(amount_minor) FILTER (WHERE type = 'RETURN' AND currency_code = ?), 0))::bigint
                       AS monetary_minor
            FROM activity
            WHERE customer_id = ? AND type IN ('PURCHASE', 'RETURN')
              AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
            """;

    private final EntityManager entityManager;

    public RfmSnapshotRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** False when another transaction holds the snapshot lock (a pass on another replica). */
    public boolean tryLock() {
        return lock("pg_try_advisory_xact_lock");
    }

    /** Waits while another transaction holds the snapshot lock. */
    public void lock() {
        lock("pg_advisory_xact_lock");
    }

    private boolean lock(String function) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT " + function + "(hashtext('segmentation:rfm-snapshot'))::text");
                 ResultSet row = lock.executeQuery()) {
                row.next();
                return !"false".equals(row.getString(1));
            }
        });
    }

    /** Stores every customer's RFM as of the date under a new snapshot and returns it; older snapshots are removed. */
    public RfmSnapshot store(LocalDate asOf, Instant computedAt, Currency currency, long startedNanos) {
        return session().doReturningWork(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO rfm_snapshot (as_of, computed_at, customer_count, recency_cuts, frequency_cuts,
                                              monetary_cuts, duration_millis, currency_code)
                    VALUES (?, ?, 0, '{}', '{}', '{}', 0, ?) RETURNING id
                    """)) {
                insert.setObject(1, asOf, Types.DATE);
                insert.setObject(2, OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC));
                insert.setString(3, currency.getCurrencyCode());
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            WholePassMemory.grant(connection);
            settings(connection, SORTED_GROUPING);
            try (PreparedStatement fill = connection.prepareStatement(FILL)) {
                fill.setLong(1, id);
                fill.setString(2, currency.getCurrencyCode());
                fill.setString(3, currency.getCurrencyCode());
                fill.setObject(4, asOf, Types.DATE);
                fill.setObject(5, asOf, Types.DATE);
                fill.executeUpdate();
            }
            settings(connection, DEFAULT_GROUPING);
            // Older snapshots' rows first (by the primary key's prefix), then the snapshots themselves, and the writes
            // this profile holds (an older profile, which may not hold them, goes with them).
            for (String delete : List.of("DELETE FROM customer_rfm WHERE snapshot_id < ?", "DELETE FROM rfm_snapshot WHERE id < ?",
                    "DELETE FROM activity_write w USING rfm_snapshot s WHERE s.id = ? AND pg_visible_in_snapshot(w.xid, s.activity_snapshot)")) {
                try (PreparedStatement older = connection.prepareStatement(delete)) {
                    older.setLong(1, id);
                    older.executeUpdate();
                }
            }
            long customers;
            Array recency;
            Array frequency;
            Array monetary;
            try (PreparedStatement boundaries = connection.prepareStatement(BOUNDARIES)) {
                boundaries.setLong(1, id);
                try (ResultSet row = boundaries.executeQuery()) {
                    row.next();
                    customers = row.getLong("customers");
                    recency = row.getArray("recency_cuts");
                    frequency = row.getArray("frequency_cuts");
                    monetary = row.getArray("monetary_cuts");
                }
            }
            long millis = (System.nanoTime() - startedNanos) / 1_000_000;
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE rfm_snapshot SET customer_count = ?, recency_cuts = ?, frequency_cuts = ?, monetary_cuts = ?,
                                            duration_millis = ?
                    WHERE id = ?
                    """)) {
                update.setLong(1, customers);
                update.setArray(2, recency);
                update.setArray(3, frequency);
                update.setArray(4, monetary);
                update.setLong(5, millis);
                update.setLong(6, id);
                update.executeUpdate();
            }
            return new RfmSnapshot(id, asOf, computedAt, customers, new RfmQuintiles(
                    integers(recency), longs(frequency), longs(monetary)), millis);
        });
    }

    public Optional<RfmSnapshot> latest() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LATEST);
                 ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RfmSnapshot(row.getLong("id"), row.getObject("as_of", LocalDate.class),
                        row.getObject("computed_at", OffsetDateTime.class).toInstant(), row.getLong("customer_count"),
                        new RfmQuintiles(integers(row.getArray("recency_cuts")), longs(row.getArray("frequency_cuts")),
                                longs(row.getArray("monetary_cuts"))),
                        row.getLong("duration_millis")));
            }
        });
    }

    /** The customer's stored row of the snapshot; empty when the snapshot does not hold them. */
    public Optional<CustomerRfm> rowOf(RfmSnapshot snapshot, String customerId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(ROW)) {
                query.setLong(1, snapshot.id());
                query.setString(2, customerId);
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CustomerRfm(customerId, snapshot.asOf(), row.getInt("recency_days"),
                            row.getLong("frequency"), row.getLong("monetary_minor"), row.getInt("r"), row.getInt("f"),
                            row.getInt("m"), snapshot.computedAt()));
                }
            }
        });
    }

    /** The customer's own RFM values as of the snapshot's date, scored by its boundaries; empty without a purchase. */
    public Optional<CustomerRfm> scoredAgainst(RfmSnapshot snapshot, String customerId, Currency currency) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(VALUES_OF_ONE)) {
                query.setObject(1, snapshot.asOf(), Types.DATE);
                query.setString(2, currency.getCurrencyCode());
                query.setString(3, currency.getCurrencyCode());
                query.setString(4, customerId);
                query.setObject(5, snapshot.asOf(), Types.DATE);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong("frequency") == 0) {
                        return Optional.empty();
                    }
                    return Optional.of(snapshot.score(customerId, row.getInt("recency_days"), row.getLong("frequency"),
                            row.getLong("monetary_minor")));
                }
            }
        });
    }

    private static void settings(Connection connection, String settings) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute(settings);
        }
    }

    private static List<Integer> integers(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).intValue()).toList();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(value -> ((Number) value).longValue()).toList();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
