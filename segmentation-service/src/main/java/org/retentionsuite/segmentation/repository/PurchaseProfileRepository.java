package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The purchase profile stored with the latest RFM snapshot ({@code customer_rfm}: first and last purchase day,
 * purchase days, purchases, spend, the first day's spend), and when it may stand in for the activity: while every
 * transaction that wrote activity since is visible in the snapshot its pass aggregated (table {@code activity_write}).
 * A statement that reads it checks that again itself, so that a write committing between the look-up here and the
 * statement empties the statement's answer instead of leaving it out; the caller then aggregates the activity.
 */
@ApplicationScoped
public class PurchaseProfileRepository {

    /** The profile of snapshot {@code s} holds every activity write visible to the statement. */
    static final String HOLDS_EVERY_WRITE = """
            s.activity_snapshot IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM activity_write w WHERE NOT pg_visible_in_snapshot(w.xid, s.activity_snapshot))
            """;

    /*
     * Each customer's purchase history at a calibration end on or before the profile's day: (x, t_x, T) in days and
     * the repeat spend (all days' spend less the first day's, minor units of the profile's currency). A customer who
     * purchased only up to the calibration end takes the profile's row as it is; one who purchased after it as well
     * (none when the calibration ends on the profile's day) has their purchases up to it aggregated again, by the key's
     * customer prefix. Columns: customer_id, x, recency_days, age_days, repeat_spend_minor. Parameters (bindHistory):
     * snapshot id, currency, calibration end, calibration start (null: every customer), currency.
     */
    static final String HISTORY = """
            given AS (
                SELECT ?::bigint AS snapshot_id, ?::varchar AS currency, ?::date AS calibration_end,
                       ?::date AS calibration_start
            ),
            profile AS (
                SELECT s.id, s.as_of FROM rfm_snapshot s JOIN given g ON s.id = g.snapshot_id
                WHERE s.currency_code = g.currency AND s.as_of >= g.calibration_end AND
            """ + HOLDS_EVERY_WRITE + """
            ),
            profiled AS (
                SELECT r.customer_id, r.first_purchase_day, p.as_of - r.recency_days AS last_purchase_day, r.purchase_days,
                       r.spend_minor, r.first_day_spend_minor, g.calibration_end
                FROM profile p JOIN customer_rfm r ON r.snapshot_id = p.id CROSS JOIN given g
                WHERE r.first_purchase_day <= g.calibration_end
                  AND (g.calibration_start IS NULL OR r.first_purchase_day >= g.calibration_start)
            ),
            history AS (
                SELECT customer_id, purchase_days - 1 AS x, last_purchase_day - first_purchase_day AS recency_days,
                       calibration_end - first_purchase_day AS age_days,
                       spend_minor - first_day_spend_minor AS repeat_spend_minor
                FROM profiled WHERE last_purchase_day <= calibration_end
                UNION ALL
                SELECT l.customer_id, count(*) - 1, max(d.day) - min(d.day), min(l.calibration_end) - min(d.day),
                       sum(d.spend_minor) - (min(ARRAY[d.day - DATE '2000-01-01', d.spend_minor]))[2]
                FROM profiled l CROSS JOIN LATERAL (
                    SELECT (a.occurred_at AT TIME ZONE 'UTC')::date AS day,
                           coalesce(sum(a.amount_minor) FILTER (WHERE a.currency_code = ?), 0)::bigint AS spend_minor
                    FROM activity a
                    WHERE a.customer_id = l.customer_id AND a.type = 'PURCHASE'
                      AND a.occurred_at < ((l.calibration_end + 1)::timestamp AT TIME ZONE 'UTC')
                    GROUP BY 1) d
                WHERE l.last_purchase_day > l.calibration_end
                GROUP BY l.customer_id
            )
            """;

    private final EntityManager entityManager;

    public PurchaseProfileRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The latest snapshot's profile and its day. */
    public record Profile(long snapshotId, LocalDate asOf) {
    }

    /**
     * The latest snapshot's profile when it holds every activity write, is as of {@code asOf} or later (exactly then,
     * when {@code exactDay}) and, when {@code currency} is given, counted spend in it.
     */
    public Optional<Profile> holdingEveryWrite(LocalDate asOf, boolean exactDay, Currency currency) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT s.id, s.as_of FROM (SELECT * FROM rfm_snapshot ORDER BY id DESC LIMIT 1) s
                    WHERE (s.as_of = ?::date OR (NOT ?::boolean AND s.as_of > ?::date))
                      AND (?::varchar IS NULL OR s.currency_code = ?::varchar) AND
                    """ + HOLDS_EVERY_WRITE)) {
                String code = currency == null ? null : currency.getCurrencyCode();
                query.setObject(1, asOf, Types.DATE);
                query.setBoolean(2, exactDay);
                query.setObject(3, asOf, Types.DATE);
                query.setString(4, code);
                query.setString(5, code);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(new Profile(row.getLong("id"), row.getObject("as_of", LocalDate.class)))
                            : Optional.empty();
                }
            }
        });
    }

    /**
     * For the rest of the transaction ({@code SET LOCAL}): the planner's guess for the customers aggregated again (a
     * third of all) made it compile these statements with JIT, 1.4-1.8 s of 2.0-2.5 s at 200,000 customers.
     */
    static void withoutJit(Connection connection) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL jit = off");
        }
    }

    /** Binds {@link #HISTORY}'s parameters from {@code index}; returns the next free index. */
    static int bindHistory(PreparedStatement query, int index, Profile profile, LocalDate calibrationStart,
            LocalDate calibrationEnd, Currency currency) throws SQLException {
        int next = index;
        query.setLong(next++, profile.snapshotId());
        query.setString(next++, currency.getCurrencyCode());
        query.setObject(next++, calibrationEnd, Types.DATE);
        query.setObject(next++, calibrationStart, Types.DATE);
        query.setString(next++, currency.getCurrencyCode());
        return next;
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
