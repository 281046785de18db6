package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.FeedbackKind;
import org.retentionsuite.segmentation.domain.churn.ChurnSignals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** The churn signals of every customer (or one) as of a date, in one aggregation over their activity. */
@ApplicationScoped
public class ChurnSignalRepository {

    /** Rows of a full pass come from the database this many at a time, so the heap holds one slice. */
    private static final int FETCH_SIZE = 5_000;

    /*
     * Three parts, so that none needs its rows sorted per customer (PostgreSQL 15 sorts each group of an
     * ordered or DISTINCT aggregate, and fed the whole table through the customer index in random heap
     * order): the counts in one hash aggregation, the purchase days in another over (customer, day), and
     * the latest feedback of the last 90 days from the few feedback rows. Each %s takes the same customer
     * condition (empty for every customer); the as-of date is the first parameter.
     */
    private static final String SIGNALS = """
            WITH d AS (SELECT ?::date AS as_of),
            counted AS (
                SELECT a.customer_id,
                       count(*) FILTER (WHERE a.type = 'VISIT' AND a.day > d.as_of - 30) AS visits_recent,
                       count(*) FILTER (WHERE a.type = 'VISIT' AND a.day <= d.as_of - 30 AND a.day > d.as_of - 120)
                           AS visits_before,
                       count(*) FILTER (WHERE a.type = 'PURCHASE' AND a.day > d.as_of - 90) AS purchases_recent,
                       count(*) FILTER (WHERE a.type = 'PURCHASE' AND a.day <= d.as_of - 90 AND a.day > d.as_of - 180)
                           AS purchases_before,
                       count(*) FILTER (WHERE a.type = 'SUPPORT_CONTACT' AND a.support_outcome = 'UNRESOLVED'
                                        AND a.day > d.as_of - 30) AS unresolved_contacts,
                       min(a.day) FILTER (WHERE a.type = 'PURCHASE') AS first_purchase_day,
                       max(a.day) FILTER (WHERE a.type = 'PURCHASE') AS last_purchase_day
                FROM d CROSS JOIN LATERAL (
                    SELECT customer_id, type, support_outcome, (occurred_at AT TIME ZONE 'UTC')::date AS day
                    FROM activity
                    WHERE occurred_at < ((d.as_of + 1)::timestamp AT TIME ZONE 'UTC') %1$s
                ) AS a
                GROUP BY a.customer_id
            ),
            purchase_days AS (
                SELECT customer_id, count(*) AS purchase_days
                FROM (SELECT DISTINCT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day
                      FROM activity, d
                      WHERE type = 'PURCHASE' AND occurred_at < ((d.as_of + 1)::timestamp AT TIME ZONE 'UTC') %1$s
                     ) AS purchase_day
                GROUP BY customer_id
            ),
            latest_feedback AS (
                SELECT DISTINCT ON (customer_id) customer_id, feedback_kind, feedback_score
                FROM activity, d
                WHERE type = 'FEEDBACK' AND occurred_at < ((d.as_of + 1)::timestamp AT TIME ZONE 'UTC')
                  AND occurred_at >= ((d.as_of - 89)::timestamp AT TIME ZONE 'UTC') %1$s
                ORDER BY customer_id, occurred_at DESC, event_id DESC
            )
            SELECT c.*, coalesce(p.purchase_days, 0) AS purchase_days, f.feedback_kind, f.feedback_score
            FROM counted c
            LEFT JOIN purchase_days p ON p.customer_id = c.customer_id
            LEFT JOIN latest_feedback f ON f.customer_id = c.customer_id
            """;

    private final EntityManager entityManager;

    public ChurnSignalRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Streams every customer with activity up to the end of {@code asOf}. */
    public void forEach(LocalDate asOf, Consumer<ChurnSignals> consumer) {
        session().doWork(connection -> {
            WholePassMemory.grant(connection);
            try (PreparedStatement query = connection.prepareStatement(SIGNALS.formatted(""))) {
                query.setFetchSize(FETCH_SIZE);
                query.setObject(1, asOf, Types.DATE);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        consumer.accept(signals(row, asOf));
                    }
                }
            }
        });
    }

    /** Empty when the customer has no activity up to the end of {@code asOf}. */
    public Optional<ChurnSignals> of(String customerId, LocalDate asOf) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SIGNALS.formatted("AND customer_id = ?"))) {
                query.setObject(1, asOf, Types.DATE);
                query.setString(2, customerId);
                query.setString(3, customerId);
                query.setString(4, customerId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(signals(row, asOf)) : Optional.empty();
                }
            }
        });
    }

    private static ChurnSignals signals(ResultSet row, LocalDate asOf) throws SQLException {
        String kind = row.getString("feedback_kind");
        int score = row.getInt("feedback_score");
        return new ChurnSignals(row.getString("customer_id"), asOf, row.getLong("visits_recent"),
                row.getLong("visits_before"), row.getLong("purchases_recent"), row.getLong("purchases_before"),
                row.getLong("unresolved_contacts"), kind == null ? null : FeedbackKind.valueOf(kind),
                kind == null ? null : score, row.getLong("purchase_days"),
                row.getObject("first_purchase_day", LocalDate.class), row.getObject("last_purchase_day", LocalDate.class));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
