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
     * One pass over the activity up to the as-of date, with no ordered or DISTINCT aggregate (PostgreSQL 15 sorts
     * each group of those, and fed the whole table through the customer index in random heap order): the rows are
     * first counted by (customer, day) in one hash aggregation, and those day rows by customer in a second, which
     * gives the windowed counts and the distinct purchase days at once (the counts and the purchase days were two
     * scans of the table before). The latest feedback of the last 90 days comes from the few feedback rows. Each
     * %s takes the same customer condition (empty for every customer); the as-of date is bound where it is used,
     * so that the planner folds the windows into constants (see bind).
     */
    private static final String SIGNALS = """
            WITH days AS (
                SELECT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                       count(*) FILTER (WHERE type = 'PURCHASE') AS purchases,
                       count(*) FILTER (WHERE type = 'VISIT') AS visits,
                       count(*) FILTER (WHERE type = 'SUPPORT_CONTACT' AND support_outcome = 'UNRESOLVED') AS unresolved
                FROM activity
                WHERE occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC') %1$s
                GROUP BY customer_id, day
            ),
            counted AS (
                SELECT d.customer_id,
                       coalesce(sum(d.visits) FILTER (WHERE d.day > w.as_of - 30), 0)::bigint AS visits_recent,
                       coalesce(sum(d.visits) FILTER (WHERE d.day <= w.as_of - 30 AND d.day > w.as_of - 120), 0)::bigint
                           AS visits_before,
                       coalesce(sum(d.purchases) FILTER (WHERE d.day > w.as_of - 90), 0)::bigint AS purchases_recent,
                       coalesce(sum(d.purchases) FILTER (WHERE d.day <= w.as_of - 90 AND d.day > w.as_of - 180), 0)::bigint
                           AS purchases_before,
                       coalesce(sum(d.unresolved) FILTER (WHERE d.day > w.as_of - 30), 0)::bigint AS unresolved_contacts,
                       min(d.day) FILTER (WHERE d.purchases > 0) AS first_purchase_day,
                       max(d.day) FILTER (WHERE d.purchases > 0) AS last_purchase_day,
                       count(*) FILTER (WHERE d.purchases > 0) AS purchase_days
                FROM days d CROSS JOIN (SELECT ?::date AS as_of) w
                GROUP BY d.customer_id
            ),
            latest_feedback AS (
                SELECT DISTINCT ON (customer_id) customer_id, feedback_kind, feedback_score
                FROM activity
                WHERE type = 'FEEDBACK' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                  AND occurred_at >= ((?::date - 89)::timestamp AT TIME ZONE 'UTC') %1$s
                ORDER BY customer_id, occurred_at DESC, event_id DESC
            )
            SELECT c.*, f.feedback_kind, f.feedback_score
            FROM counted c
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
                bind(query, asOf, null);
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
                bind(query, asOf, customerId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(signals(row, asOf)) : Optional.empty();
                }
            }
        });
    }

    /** The as-of date at each of its places, the customer (null: every customer) after each customer condition. */
    private static void bind(PreparedStatement query, LocalDate asOf, String customerId) throws SQLException {
        int next = 1;
        query.setObject(next++, asOf, Types.DATE);
        if (customerId != null) {
            query.setString(next++, customerId);
        }
        query.setObject(next++, asOf, Types.DATE);
        query.setObject(next++, asOf, Types.DATE);
        query.setObject(next++, asOf, Types.DATE);
        if (customerId != null) {
            query.setString(next, customerId);
        }
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
