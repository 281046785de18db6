package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.retentionsuite.segmentation.domain.clv.ClvTimeUnit;
import org.retentionsuite.segmentation.domain.clv.CustomerHistory;
import org.retentionsuite.segmentation.domain.clv.FitSample;
import org.retentionsuite.segmentation.domain.clv.HoldoutHistory;
import org.retentionsuite.segmentation.domain.clv.PurchaseHistory;
import org.retentionsuite.segmentation.domain.clv.RepeatSpend;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The purchase summaries the CLV models fit on, aggregated in the database. Purchases of one
 * customer on one (UTC) day are one transaction; a day's spend is the sum of its purchases in
 * the reporting currency.
 */
@ApplicationScoped
public class PurchaseSummaryRepository {

    private static final Logger LOG = Logger.getLogger(PurchaseSummaryRepository.class);

    private static final String PURCHASE_DAYS = """
            WITH purchase_days AS (
                SELECT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day,
                       coalesce(sum(amount_minor) FILTER (WHERE currency_code = ?), 0) AS spend_minor
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC') %s
                GROUP BY customer_id, day
            )
            """;

    /** The (x, t_x, T) rows in days, with the number of customers who share each. */
    private static final String HISTORIES = PURCHASE_DAYS.formatted("") + """
            SELECT x, recency_days, age_days, count(*) AS customers
            FROM (SELECT count(*) - 1 AS x, max(day) - min(day) AS recency_days, ?::date - min(day) AS age_days
                  FROM purchase_days GROUP BY customer_id
                  HAVING (?::date IS NULL OR min(day) >= ?::date)) AS customer
            GROUP BY x, recency_days, age_days
            """;

    /** After the population's row (kind T): the sample's unique BG/NBD rows (kind H) and Gamma-Gamma rows (kind S). */
    private static final String SAMPLED_ROWS = """
            UNION ALL
            SELECT 'H', x, recency_days, age_days, NULL, count(*) FROM sampled GROUP BY x, recency_days, age_days
            UNION ALL
            SELECT 'S', x, NULL, NULL, repeat_spend_minor, count(*) FROM sampled
            WHERE x > 0 AND repeat_spend_minor > 0 GROUP BY x, repeat_spend_minor
            """;

    /*
     * Both models' input in one statement. The population (every customer of the cohort, and the repeat buyers:
     * a first and a last purchase day that differ) comes from one hash aggregation by customer; the sample (the
     * customers with the lowest hashes of their ids, all of them up to the sample size) is then aggregated by
     * purchase day alone, and grouped into unique BG/NBD rows (kind H) and Gamma-Gamma rows (kind S). Grouping
     * every customer's purchase days in day order took minutes at ten million purchases (a sort of the days).
     * Parameters: calibration end, calibration start twice, sample size, currency, calibration end twice.
     */
    private static final String FIT_SAMPLE = """
            WITH customer AS (
                SELECT customer_id,
                       min((occurred_at AT TIME ZONE 'UTC')::date) <> max((occurred_at AT TIME ZONE 'UTC')::date) AS repeat_buyer
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                GROUP BY customer_id
                HAVING (?::date IS NULL OR min((occurred_at AT TIME ZONE 'UTC')::date) >= ?::date)
            ),
            sample AS (
                SELECT customer_id FROM customer ORDER BY hashtextextended(customer_id, 0), customer_id LIMIT ?
            ),
            purchase_days AS (
                SELECT a.customer_id, (a.occurred_at AT TIME ZONE 'UTC')::date AS day,
                       coalesce(sum(a.amount_minor) FILTER (WHERE a.currency_code = ?), 0) AS spend_minor
                FROM sample s JOIN activity a ON a.customer_id = s.customer_id
                WHERE a.type = 'PURCHASE' AND a.occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
                GROUP BY a.customer_id, day
            ),
            sampled AS (
                SELECT count(*) - 1 AS x, max(day) - min(day) AS recency_days, ?::date - min(day) AS age_days,
                       sum(spend_minor) - (array_agg(spend_minor ORDER BY day))[1] AS repeat_spend_minor
                FROM purchase_days GROUP BY customer_id
            )
            SELECT 'T' AS kind, count(*) FILTER (WHERE repeat_buyer) AS x, NULL::integer AS recency_days,
                   NULL::integer AS age_days, NULL::bigint AS repeat_spend_minor, count(*) AS customers
            FROM customer
            """ + SAMPLED_ROWS;

    /**
     * FIT_SAMPLE's rows from the stored purchase profile (PurchaseProfileRepository.HISTORY): the population, the
     * sample and its rows without a pass over the activity. Parameters: HISTORY's, then the sample size.
     */
    private static final String FIT_SAMPLE_FROM_PROFILE = "WITH " + PurchaseProfileRepository.HISTORY + """
            , sampled AS (
                SELECT * FROM history ORDER BY hashtextextended(customer_id, 0), customer_id LIMIT ?
            )
            SELECT 'T' AS kind, count(*) FILTER (WHERE x > 0) AS x, NULL::integer AS recency_days,
                   NULL::integer AS age_days, NULL::bigint AS repeat_spend_minor, count(*) AS customers
            FROM history
            """ + SAMPLED_ROWS;

    private static final String CUSTOMER = PURCHASE_DAYS.formatted("AND customer_id = ?") + """
            SELECT count(*) - 1 AS x, max(day) - min(day) AS recency_days, ?::date - min(day) AS age_days,
                   coalesce(sum(spend_minor) - (array_agg(spend_minor ORDER BY day))[1], 0) AS repeat_spend_minor
            FROM purchase_days
            """;

    /**
     * Per calibration history, the customers' purchase days after the calibration end up to the
     * holdout end; the same cohort as the fit (first purchase on or after the start, up to the end).
     */
    private static final String HOLDOUT = """
            WITH purchase_days AS (
                SELECT DISTINCT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
            ),
            customer AS (
                SELECT count(*) FILTER (WHERE day <= ?::date) - 1 AS x,
                       max(day) FILTER (WHERE day <= ?::date) - min(day) AS recency_days,
                       ?::date - min(day) AS age_days,
                       count(*) FILTER (WHERE day > ?::date) AS holdout_purchases
                FROM purchase_days GROUP BY customer_id
                HAVING min(day) <= ?::date AND (?::date IS NULL OR min(day) >= ?::date)
            )
            SELECT x, recency_days, age_days, holdout_purchases, count(*) AS customers
            FROM customer GROUP BY x, recency_days, age_days, holdout_purchases
            """;

    private final EntityManager entityManager;
    private final PurchaseProfileRepository profiles;

    public PurchaseSummaryRepository(EntityManager entityManager, PurchaseProfileRepository profiles) {
        this.entityManager = entityManager;
        this.profiles = profiles;
    }

    /** Of the customers who first purchased on or after {@code calibrationStart}, or of all when it is null. */
    public List<PurchaseHistory> histories(LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit unit,
            Currency currency) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(HISTORIES)) {
                query.setString(1, currency.getCurrencyCode());
                query.setObject(2, calibrationEnd, Types.DATE);
                query.setObject(3, calibrationEnd, Types.DATE);
                query.setObject(4, calibrationStart, Types.DATE);
                query.setObject(5, calibrationStart, Types.DATE);
                List<PurchaseHistory> histories = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        histories.add(new PurchaseHistory(row.getInt("x"), unit.of(row.getLong("recency_days")),
                                unit.of(row.getLong("age_days")), row.getInt("customers")));
                    }
                }
                return histories;
            }
        });
    }

    /**
     * The fit's input: histories and spends (major units; repeat buyers whose repeat purchases were all
     * free say nothing about spend and are left out) of at most {@code sampleSize} customers, and the
     * counts of all of them.
     */
    public FitSample fitSample(LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit unit, Currency currency,
            int sampleSize) {
        Optional<FitSample> profiled = profiles.holdingEveryWrite(calibrationEnd, false, currency)
                .map(profile -> fitSampleFromProfile(profile, calibrationStart, calibrationEnd, unit, currency, sampleSize))
                // None counted (a write after the look-up, or nobody to count): the activity itself answers.
                .filter(sample -> sample.customerCount() > 0);
        LOG.infof("CLV fit sample up to %s from the %s", calibrationEnd, profiled.isPresent() ? "purchase profile" : "activity");
        return profiled.orElseGet(() -> fitSampleAggregated(calibrationStart, calibrationEnd, unit, currency, sampleSize));
    }

    /** {@link #fitSample} from the stored purchase profile; no customer at all when it no longer holds every write. */
    public FitSample fitSampleFromProfile(PurchaseProfileRepository.Profile profile, LocalDate calibrationStart,
            LocalDate calibrationEnd, ClvTimeUnit unit, Currency currency, int sampleSize) {
        return session().doReturningWork(connection -> {
            PurchaseProfileRepository.withoutJit(connection);
            WholePassMemory.grant(connection);
            try (PreparedStatement query = connection.prepareStatement(FIT_SAMPLE_FROM_PROFILE)) {
                int next = PurchaseProfileRepository.bindHistory(query, 1, profile, calibrationStart, calibrationEnd,
                        currency);
                query.setInt(next, sampleSize);
                return fitSample(query, unit, currency);
            }
        });
    }

    /** {@link #fitSample} from the activity. */
    public FitSample fitSampleAggregated(LocalDate calibrationStart, LocalDate calibrationEnd, ClvTimeUnit unit,
            Currency currency, int sampleSize) {
        return session().doReturningWork(connection -> {
            WholePassMemory.grant(connection);
            try (PreparedStatement query = connection.prepareStatement(FIT_SAMPLE)) {
                query.setObject(1, calibrationEnd, Types.DATE);
                query.setObject(2, calibrationStart, Types.DATE);
                query.setObject(3, calibrationStart, Types.DATE);
                query.setInt(4, sampleSize);
                query.setString(5, currency.getCurrencyCode());
                query.setObject(6, calibrationEnd, Types.DATE);
                query.setObject(7, calibrationEnd, Types.DATE);
                return fitSample(query, unit, currency);
            }
        });
    }

    private static FitSample fitSample(PreparedStatement query, ClvTimeUnit unit, Currency currency) throws SQLException {
        List<PurchaseHistory> histories = new ArrayList<>();
        List<RepeatSpend> spends = new ArrayList<>();
        int customers = 0;
        int repeatBuyers = 0;
        try (ResultSet row = query.executeQuery()) {
            while (row.next()) {
                int x = row.getInt("x");
                int count = row.getInt("customers");
                switch (row.getString("kind")) {
                    case "T" -> {
                        repeatBuyers = x;
                        customers = count;
                    }
                    case "H" -> histories.add(new PurchaseHistory(x, unit.of(row.getLong("recency_days")),
                            unit.of(row.getLong("age_days")), count));
                    default -> spends.add(new RepeatSpend(x, major(row.getLong("repeat_spend_minor"), currency) / x,
                            count));
                }
            }
        }
        // In one order whatever the plan's: the likelihood's sums, and so the fit, come out the same to the last bit.
        histories.sort(Comparator.comparingInt(PurchaseHistory::x).thenComparingDouble(PurchaseHistory::recency)
                .thenComparingDouble(PurchaseHistory::age));
        spends.sort(Comparator.comparingInt(RepeatSpend::x).thenComparingDouble(RepeatSpend::averageSpend));
        return new FitSample(histories, spends, customers, repeatBuyers);
    }

    public List<HoldoutHistory> holdout(LocalDate calibrationStart, LocalDate calibrationEnd, LocalDate holdoutEnd,
            ClvTimeUnit unit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(HOLDOUT)) {
                query.setObject(1, holdoutEnd, Types.DATE);
                for (int i = 2; i <= 6; i++) {
                    query.setObject(i, calibrationEnd, Types.DATE);
                }
                query.setObject(7, calibrationStart, Types.DATE);
                query.setObject(8, calibrationStart, Types.DATE);
                List<HoldoutHistory> histories = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        histories.add(new HoldoutHistory(new PurchaseHistory(row.getInt("x"),
                                unit.of(row.getLong("recency_days")), unit.of(row.getLong("age_days")),
                                row.getInt("customers")), row.getInt("holdout_purchases")));
                    }
                }
                return histories;
            }
        });
    }

    /** The customer's history at the calibration end; empty without a purchase up to it. */
    public Optional<CustomerHistory> history(String customerId, LocalDate calibrationEnd, ClvTimeUnit unit,
            Currency currency) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(CUSTOMER)) {
                query.setString(1, currency.getCurrencyCode());
                query.setObject(2, calibrationEnd, Types.DATE);
                query.setString(3, customerId);
                query.setObject(4, calibrationEnd, Types.DATE);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    int x = row.getInt("x");
                    if (x < 0) {
                        return Optional.empty();
                    }
                    double average = x == 0 ? 0 : major(row.getLong("repeat_spend_minor"), currency) / x;
                    return Optional.of(new CustomerHistory(x, unit.of(row.getLong("recency_days")),
                            unit.of(row.getLong("age_days")), average));
                }
            }
        });
    }

    static double major(long minor, Currency currency) {
        return minor / Math.pow(10, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
