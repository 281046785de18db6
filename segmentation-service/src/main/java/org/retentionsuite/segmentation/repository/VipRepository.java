package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.CustomerHistory;
import org.retentionsuite.segmentation.domain.vip.VipRanking;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.function.BiConsumer;

/** Customers' all-time totals, ranked in SQL, and every customer's CLV history for a ranking by CLV. */
@ApplicationScoped
public class VipRepository {

    private static final Logger LOG = Logger.getLogger(VipRepository.class);

    private static final String TOTALS = """
            SELECT customer_id, count(*) FILTER (WHERE type = 'PURCHASE') AS purchases,
                   (coalesce(sum(amount_minor) FILTER (WHERE type = 'PURCHASE' AND currency_code = ?), 0)
                    - coalesce(sum(amount_minor) FILTER (WHERE type = 'RETURN' AND currency_code = ?), 0))::bigint AS spend
            FROM activity
            WHERE type IN ('PURCHASE', 'RETURN') %s
            GROUP BY customer_id
            HAVING count(*) FILTER (WHERE type = 'PURCHASE') > 0
            """;

    /** Parameters: currency, calibration end, calibration end, calibration start twice. */
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
                   sum(spend_minor) - (min(ARRAY[day - DATE '2000-01-01', spend_minor]))[2] AS repeat_spend_minor
            FROM purchase_days
            GROUP BY customer_id
            HAVING ?::date IS NULL OR min(day) >= ?::date
            """;

    /** HISTORIES from the stored purchase profile. Parameters: PurchaseProfileRepository.HISTORY's. */
    private static final String HISTORIES_FROM_PROFILE = "WITH " + PurchaseProfileRepository.HISTORY + """
            SELECT customer_id, x, recency_days, age_days, repeat_spend_minor FROM history
            """;

    private final EntityManager entityManager;
    private final PurchaseProfileRepository profiles;

    public VipRepository(EntityManager entityManager, PurchaseProfileRepository profiles) {
        this.entityManager = entityManager;
        this.profiles = profiles;
    }

    /** A customer's all-time purchases and spend. */
    public record Totals(String customerId, long purchases, long spendMinor) {
    }

    /** The first {@code limit} by spend or purchases. */
    public List<Totals> top(VipRanking ranking, int limit, Currency currency) {
        String order = ranking == VipRanking.FREQUENCY ? "purchases DESC, spend DESC, customer_id"
                : "spend DESC, purchases DESC, customer_id";
        return totals(TOTALS.formatted("") + " ORDER BY " + order + " LIMIT " + limit, currency, null);
    }

    public List<Totals> totalsOf(Collection<String> customerIds, Currency currency) {
        return totals(TOTALS.formatted("AND customer_id = ANY (?::text[])"), currency, customerIds);
    }

    /** Streams each customer's history at the calibration end, with the average repeat spend in major units. */
    public void forEachHistory(LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit unit, Currency currency,
            BiConsumer<String, CustomerHistory> consumer) {
        boolean streamed = profiles.holdingEveryWrite(calibrationEnd, false, currency)
                .map(profile -> forEachHistoryFromProfile(profile, calibrationStart, calibrationEnd, unit, currency, consumer))
                .orElse(false);
        // Nothing streamed (a write after the look-up, or nobody to value): the activity itself answers.
        if (!streamed) {
            forEachHistoryAggregated(calibrationStart, calibrationEnd, unit, currency, consumer);
        }
        LOG.infof("CLV histories at %s from the %s", calibrationEnd, streamed ? "purchase profile" : "activity");
    }

    /** {@link #forEachHistory} from the stored purchase profile; false, having streamed nothing, when it no longer holds every write. */
    public boolean forEachHistoryFromProfile(PurchaseProfileRepository.Profile profile, LocalDate calibrationStart,
            LocalDate calibrationEnd, ClvTimeUnit unit, Currency currency, BiConsumer<String, CustomerHistory> consumer) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            PurchaseProfileRepository.withoutJit(connection);
            try (PreparedStatement query = connection.prepareStatement(HISTORIES_FROM_PROFILE)) {
                query.setFetchSize(5_000);
                PurchaseProfileRepository.bindHistory(query, 1, profile, calibrationStart, calibrationEnd, currency);
                return stream(query, unit, currency, consumer);
            }
        });
    }

    /** {@link #forEachHistory} from the activity. */
    public void forEachHistoryAggregated(LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit unit,
            Currency currency, BiConsumer<String, CustomerHistory> consumer) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            WholePassMemory.grant(connection);
            try (PreparedStatement query = connection.prepareStatement(HISTORIES)) {
                query.setFetchSize(5_000);
                query.setString(1, currency.getCurrencyCode());
                query.setObject(2, calibrationEnd, Types.DATE);
                query.setObject(3, calibrationEnd, Types.DATE);
                query.setObject(4, calibrationStart, Types.DATE);
                query.setObject(5, calibrationStart, Types.DATE);
                stream(query, unit, currency, consumer);
            }
        });
    }

    private static boolean stream(PreparedStatement query, ClvTimeUnit unit, Currency currency,
            BiConsumer<String, CustomerHistory> consumer) throws SQLException {
        boolean any = false;
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                any = true;
                int x = row.getInt("x");
                double average = x == 0 ? 0
                        : PurchaseSummaryRepository.major(row.getLong("repeat_spend_minor"), currency) / x;
                consumer.accept(row.getString("customer_id"), new CustomerHistory(x,
                        unit.of(row.getLong("recency_days")), unit.of(row.getLong("age_days")), average));
            }
        }
        return any;
    }

    private List<Totals> totals(String sql, Currency currency, Collection<String> customerIds) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, currency.getCurrencyCode());
                query.setString(2, currency.getCurrencyCode());
                if (customerIds != null) {
                    query.setArray(3, connection.createArrayOf("text", customerIds.toArray(String[]::new)));
                }
                List<Totals> totals = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        totals.add(new Totals(row.getString("customer_id"), row.getLong("purchases"),
                                row.getLong("spend")));
                    }
                }
                return totals;
            }
        });
    }
}
