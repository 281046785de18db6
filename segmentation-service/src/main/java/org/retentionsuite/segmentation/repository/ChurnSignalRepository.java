package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(ChurnSignalRepository.class);

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

    /*
     * SIGNALS for every customer from the purchase profile stored with the RFM snapshot of the same day
     * (PurchaseProfileRepository): its purchase days, first and last of them, for every customer who purchased; the
     * windowed counts from the rows of the last 180 days (and those of every other type, which also bring the
     * customers without a purchase), aggregated straight by customer, without the (customer, day) level. No row at all
     * when the profile no longer holds every activity write. Parameters: snapshot id, then the as-of date (12 times).
     */
    private static final String SIGNALS_FROM_PROFILE = """
            WITH profile AS (
                SELECT s.id, s.as_of FROM rfm_snapshot s WHERE s.id = ? AND s.as_of = ?::date AND
            """ + PurchaseProfileRepository.HOLDS_EVERY_WRITE + """
            ),
            recent AS (
                SELECT customer_id,
                       count(*) FILTER (WHERE type = 'VISIT'
                           AND occurred_at >= ((?::date - 29)::timestamp AT TIME ZONE 'UTC')) AS visits_recent,
                       count(*) FILTER (WHERE type = 'VISIT'
                           AND occurred_at < ((?::date - 29)::timestamp AT TIME ZONE 'UTC')
                           AND occurred_at >= ((?::date - 119)::timestamp AT TIME ZONE 'UTC')) AS visits_before,
                       count(*) FILTER (WHERE type = 'PURCHASE'
                           AND occurred_at >= ((?::date - 89)::timestamp AT TIME ZONE 'UTC')) AS purchases_recent,
                       count(*) FILTER (WHERE type = 'PURCHASE'
                           AND occurred_at < ((?::date - 89)::timestamp AT TIME ZONE 'UTC')
                           AND occurred_at >= ((?::date - 179)::timestamp AT TIME ZONE 'UTC')) AS purchases_before,
                       count(*) FILTER (WHERE type = 'SUPPORT_CONTACT' AND support_outcome = 'UNRESOLVED'
                           AND occurred_at >= ((?::date - 29)::timestamp AT TIME ZONE 'UTC')) AS unresolved_contacts
                FROM activity
                WHERE occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                  AND (type <> 'PURCHASE' OR occurred_at >= ((?::date - 179)::timestamp AT TIME ZONE 'UTC'))
                GROUP BY customer_id
            ),
            latest_feedback AS (
                SELECT DISTINCT ON (customer_id) customer_id, feedback_kind, feedback_score
                FROM activity
                WHERE type = 'FEEDBACK' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                  AND occurred_at >= ((?::date - 89)::timestamp AT TIME ZONE 'UTC')
                ORDER BY customer_id, occurred_at DESC, event_id DESC
            ),
            profiled AS (
                SELECT r.customer_id, r.purchase_days, r.first_purchase_day, p.as_of - r.recency_days AS last_purchase_day
                FROM profile p JOIN customer_rfm r ON r.snapshot_id = p.id
            )
            SELECT coalesce(p.customer_id, r.customer_id) AS customer_id,
                   coalesce(r.visits_recent, 0) AS visits_recent, coalesce(r.visits_before, 0) AS visits_before,
                   coalesce(r.purchases_recent, 0) AS purchases_recent, coalesce(r.purchases_before, 0) AS purchases_before,
                   coalesce(r.unresolved_contacts, 0) AS unresolved_contacts, coalesce(p.purchase_days, 0) AS purchase_days,
                   p.first_purchase_day, p.last_purchase_day, f.feedback_kind, f.feedback_score
            FROM profiled p
            FULL JOIN recent r ON r.customer_id = p.customer_id
            LEFT JOIN latest_feedback f ON f.customer_id = coalesce(p.customer_id, r.customer_id)
            WHERE EXISTS (SELECT 1 FROM profile)
            """;
    private static final int PROFILE_DATES = 12;

    private final EntityManager entityManager;
    private final PurchaseProfileRepository profiles;

    public ChurnSignalRepository(EntityManager entityManager, PurchaseProfileRepository profiles) {
        this.entityManager = entityManager;
        this.profiles = profiles;
    }

    /** Streams every customer with activity up to the end of {@code asOf}. */
    public void forEach(LocalDate asOf, Consumer<ChurnSignals> consumer) {
        boolean streamed = profiles.holdingEveryWrite(asOf, true, null)
                .map(profile -> forEachFromProfile(profile, consumer))
                .orElse(false);
        // Nothing streamed (a write after the look-up, or no activity at all): the activity itself answers.
        if (!streamed) {
            forEachAggregated(asOf, consumer);
        }
        LOG.infof("churn signals as of %s from the %s", asOf, streamed ? "purchase profile" : "activity");
    }

    /** {@link #forEach} as of the profile's day; false, having streamed nothing, when it no longer holds every write. */
    public boolean forEachFromProfile(PurchaseProfileRepository.Profile profile, Consumer<ChurnSignals> consumer) {
        return session().doReturningWork(connection -> {
            PurchaseProfileRepository.withoutJit(connection);
            WholePassMemory.grant(connection);
            try (PreparedStatement query = connection.prepareStatement(SIGNALS_FROM_PROFILE)) {
                query.setFetchSize(FETCH_SIZE);
                query.setLong(1, profile.snapshotId());
                for (int i = 2; i <= 1 + PROFILE_DATES; i++) {
                    query.setObject(i, profile.asOf(), Types.DATE);
                }
                boolean any = false;
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        any = true;
                        consumer.accept(signals(row, profile.asOf()));
                    }
                }
                return any;
            }
        });
    }

    /** {@link #forEach} from the activity alone. */
    public void forEachAggregated(LocalDate asOf, Consumer<ChurnSignals> consumer) {
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
