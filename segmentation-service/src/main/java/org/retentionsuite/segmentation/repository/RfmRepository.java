package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.rfm.CustomerRfm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFM in SQL: one aggregation per customer and NTILE(5) over each value. Ties are broken by
 * customer id, so equal values on a quintile boundary get neighbouring scores, always the same ones.
 */
@ApplicationScoped
public class RfmRepository {

    /*
     * The last purchase is converted to its UTC day once per customer, not once per row (the same day: the conversion
     * keeps the order). Ties in the quintiles are broken by the customer id's bytes (COLLATE "C"): the order of this
     * database's C.UTF-8 for UTF-8 text, but compared by memcmp with abbreviated keys instead of strcoll, which the
     * sorts of a million customers with equal frequencies spend most of their time in.
     */

    /**
     * Each customer's recency (days), frequency and monetary value, with at least one purchase.
     * Parameters: as-of date, currency twice, as-of date, since (nullable) twice.
     */
    static final String CUSTOMER_VALUES = """
            SELECT customer_id,
                   ?::date - (max(occurred_at) FILTER (WHERE type = 'PURCHASE') AT TIME ZONE 'UTC')::date
                       AS recency_days,
                   count(*) FILTER (WHERE type = 'PURCHASE') AS frequency,
                   (coalesce(sum(amount_minor) FILTER (WHERE type = 'PURCHASE' AND currency_code = ?), 0)
                    - coalesce(sum(amount_minor) FILTER (WHERE type = 'RETURN' AND currency_code = ?), 0))::bigint
                       AS monetary_minor
            FROM activity
            WHERE type IN ('PURCHASE', 'RETURN')
              AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
              AND (?::date IS NULL OR occurred_at >= (?::date::timestamp AT TIME ZONE 'UTC'))
            GROUP BY customer_id
            HAVING count(*) FILTER (WHERE type = 'PURCHASE') > 0
            """;

    /** Parameters: as CUSTOMER_VALUES. */
    private static final String SCORED = "WITH customer_values AS (\n" + CUSTOMER_VALUES + """
            ),
            scored AS (
                SELECT customer_id, recency_days, frequency, monetary_minor,
                       ntile(5) OVER (ORDER BY recency_days DESC, customer_id COLLATE "C") AS r,
                       ntile(5) OVER (ORDER BY frequency, customer_id COLLATE "C") AS f,
                       ntile(5) OVER (ORDER BY monetary_minor, customer_id COLLATE "C") AS m
                FROM customer_values
            )
            """;

    private static final String DISTRIBUTION = SCORED + """
            SELECT r * 100 + f * 10 + m AS scores, count(*) AS customers FROM scored GROUP BY r, f, m
            """;

    /** Then: cells (nullable int[]), after customer id (nullable), limit. */
    private static final String PAGE = SCORED + """
            SELECT * FROM scored
            WHERE (?::int[] IS NULL OR r * 10 + (f + m + 1) / 2 = ANY (?::int[]))
              AND (?::text IS NULL OR customer_id > ?::text)
            ORDER BY customer_id
            LIMIT ?
            """;

    private final EntityManager entityManager;

    public RfmRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Customers per score triple R × 100 + F × 10 + M. */
    public Map<Integer, Long> countsByScores(LocalDate since, LocalDate asOf, Currency currency) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(DISTRIBUTION)) {
                bindPeriod(query, since, asOf, currency);
                Map<Integer, Long> counts = new HashMap<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        counts.put(row.getInt("scores"), row.getLong("customers"));
                    }
                }
                return counts;
            }
        });
    }

    /** Up to {@code limit} customers after {@code afterCustomerId} (null: from the first), in the (R, FM) cells given (null: all). */
    public List<CustomerRfm> page(LocalDate since, LocalDate asOf, Currency currency, List<Integer> cells,
            String afterCustomerId, int limit) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(PAGE)) {
                int next = bindPeriod(query, since, asOf, currency);
                java.sql.Array array = cells == null ? null : connection.createArrayOf("integer", cells.toArray(Integer[]::new));
                query.setArray(next++, array);
                query.setArray(next++, array);
                query.setString(next++, afterCustomerId);
                query.setString(next++, afterCustomerId);
                query.setInt(next, limit);
                List<CustomerRfm> page = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        page.add(rfm(row, asOf));
                    }
                }
                return page;
            }
        });
    }

    private static int bindPeriod(PreparedStatement query, LocalDate since, LocalDate asOf, Currency currency)
            throws SQLException {
        query.setObject(1, asOf, Types.DATE);
        query.setString(2, currency.getCurrencyCode());
        query.setString(3, currency.getCurrencyCode());
        query.setObject(4, asOf, Types.DATE);
        query.setObject(5, since, Types.DATE);
        query.setObject(6, since, Types.DATE);
        return 7;
    }

    private static CustomerRfm rfm(ResultSet row, LocalDate asOf) throws SQLException {
        return new CustomerRfm(row.getString("customer_id"), asOf, row.getInt("recency_days"), row.getLong("frequency"),
                row.getLong("monetary_minor"), row.getInt("r"), row.getInt("f"), row.getInt("m"), null);
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
