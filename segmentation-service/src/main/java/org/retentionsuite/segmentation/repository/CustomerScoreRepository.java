package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.clv.ClvFit;
import org.retentionsuite.segmentation.domain.clv.CustomerHistory;
import org.retentionsuite.segmentation.domain.rfm.RfmSegment;
import org.retentionsuite.segmentation.domain.rfm.RfmSnapshot;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * The customer score snapshot: the RFM scores and segment of every customer in the stored RFM
 * snapshot ({@code customer_rfm}, the one source of a customer's RFM) copied in one statement, then
 * each customer's purchase history at the latest fit's calibration end, streamed, for the CLV.
 */
@ApplicationScoped
public class CustomerScoreRepository {

    /** Parameters: as-of, scored-at, cells int[], names text[], snapshot id. */
    private static final String STORE_RFM = """
            INSERT INTO customer_score (customer_id, recency_score, frequency_score, monetary_score, rfm_segment,
                                        as_of, scored_at)
            SELECT r.customer_id, r.r, r.f, r.m, n.name, ?, ?
            FROM customer_rfm r JOIN unnest(?::int[], ?::text[]) AS n (cell, name) ON n.cell = r.r * 10 + (r.f + r.m + 1) / 2
            WHERE r.snapshot_id = ?
            """;

    /** Parameters: currency, calibration end twice. */
    private static final String HISTORIES = """
            -- The first day's spend is the second element of the least (day, spend) pair: an aggregate without
            -- ORDER BY, so that every customer's days need no sort (that sort took minutes at ten million purchases).
            WITH purchase_days AS (
                SELECT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                       coalesce(sum(amount_minor) FILTER (WHERE currency_code = ?), 0)::bigint AS spend_minor
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                GROUP BY customer_id, day
            )
            SELECT customer_id, count(*) - 1 AS x, max(day) - min(day) AS recency_days, ?::date - min(day) AS age_days,
                   coalesce(sum(spend_minor) - (min(ARRAY[day - DATE '2000-01-01', spend_minor]))[2], 0) AS repeat_spend_minor
            FROM purchase_days GROUP BY customer_id
            """;

    private static final String STORE_CLV = """
            UPDATE customer_score SET predicted_clv_minor = v.clv, fit_id = ?
            FROM unnest(?::text[], ?::int8[]) AS v (customer_id, clv)
            WHERE customer_score.customer_id = v.customer_id
            """;

    private final EntityManager entityManager;

    public CustomerScoreRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces the score snapshot by the RFM scores and segments of the stored RFM snapshot; returns the customers scored. */
    public int storeRfm(RfmSnapshot snapshot, Instant now) {
        List<Integer> cells = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RfmSegment segment : RfmSegment.values()) {
            segment.cells().forEach(cell -> {
                cells.add(cell);
                names.add(segment.name());
            });
        }
        return session().doReturningWork(connection -> {
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM customer_score")) {
                clear.executeUpdate();
            }
            try (PreparedStatement store = connection.prepareStatement(STORE_RFM)) {
                store.setObject(1, snapshot.asOf(), Types.DATE);
                store.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                store.setArray(3, connection.createArrayOf("integer", cells.toArray(Integer[]::new)));
                store.setArray(4, connection.createArrayOf("text", names.toArray(String[]::new)));
                store.setLong(5, snapshot.id());
                return store.executeUpdate();
            }
        });
    }

    /** Every customer's history at the fit's calibration end, in its time unit, streamed. */
    public void forEachHistory(ClvFit fit, BiConsumer<String, CustomerHistory> consumer) {
        Currency currency = fit.currency();
        double perMajor = Math.pow(10, Math.max(currency.getDefaultFractionDigits(), 0));
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(HISTORIES)) {
                query.setFetchSize(5_000);
                query.setString(1, currency.getCurrencyCode());
                query.setObject(2, fit.calibrationEnd(), Types.DATE);
                query.setObject(3, fit.calibrationEnd(), Types.DATE);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        int x = row.getInt("x");
                        double average = x == 0 ? 0 : row.getLong("repeat_spend_minor") / perMajor / x;
                        consumer.accept(row.getString("customer_id"), new CustomerHistory(x,
                                fit.timeUnit().of(row.getLong("recency_days")), fit.timeUnit().of(row.getLong("age_days")),
                                average));
                    }
                }
            }
        });
    }

    /** Sets the predicted CLV (minor units) of customers already in the snapshot. */
    public void storeClv(UUID fitId, Map<String, Long> clvMinor) {
        session().doWork(connection -> {
            try (PreparedStatement store = connection.prepareStatement(STORE_CLV)) {
                store.setObject(1, fitId);
                store.setArray(2, connection.createArrayOf("text", clvMinor.keySet().toArray(String[]::new)));
                store.setArray(3, connection.createArrayOf("bigint", clvMinor.values().toArray(Long[]::new)));
                store.executeUpdate();
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
