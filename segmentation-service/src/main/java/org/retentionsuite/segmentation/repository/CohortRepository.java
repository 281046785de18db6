package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.cohort.CohortBasis;
import org.retentionsuite.segmentation.domain.cohort.CohortPeriod;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Cohort sizes and the cohorts' active customers per period, in one query. */
@ApplicationScoped
public class CohortRepository {

    /** A customer's cohort day: first purchase day, or sign-up date. Parameter: to. */
    private static final String FIRST_PURCHASE = """
            SELECT customer_id, min((occurred_at AT TIME ZONE 'UTC')::date) AS cohort_day
            FROM activity
            WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
            GROUP BY customer_id
            """;

    private static final String SIGN_UP = """
            SELECT customer_id, signed_up_on AS cohort_day FROM customer WHERE signed_up_on <= ?::date
            """;

    /**
     * Parameters: unit, to, [cohort parameter: to], unit, from, to. Size rows have no period_start.
     */
    private static final String MATRIX = """
            WITH purchase_periods AS (
                SELECT DISTINCT customer_id, date_trunc(?::text, occurred_at AT TIME ZONE 'UTC')::date AS period_start
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
            ),
            cohort AS (
                SELECT customer_id, date_trunc(?::text, cohort_day)::date AS cohort_start
                FROM (%s) AS cohort_day
                WHERE cohort_day BETWEEN ?::date AND ?::date
            )
            SELECT cohort_start, NULL::date AS period_start, count(*) AS customers FROM cohort GROUP BY cohort_start
            UNION ALL
            SELECT c.cohort_start, p.period_start, count(*)
            FROM cohort c JOIN purchase_periods p ON p.customer_id = c.customer_id AND p.period_start >= c.cohort_start
            GROUP BY c.cohort_start, p.period_start
            """;

    private final EntityManager entityManager;

    public CohortRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Cohort sizes, and active customers per cohort and period start. */
    public record CohortCounts(Map<LocalDate, Long> sizes, Map<LocalDate, Map<LocalDate, Long>> active) {
    }

    public CohortCounts counts(CohortPeriod period, CohortBasis basis, LocalDate from, LocalDate to) {
        String sql = MATRIX.formatted(basis == CohortBasis.SIGN_UP ? SIGN_UP : FIRST_PURCHASE);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, period.sqlUnit());
                query.setObject(2, to, Types.DATE);
                query.setString(3, period.sqlUnit());
                query.setObject(4, to, Types.DATE);
                query.setObject(5, from, Types.DATE);
                query.setObject(6, to, Types.DATE);
                Map<LocalDate, Long> sizes = new HashMap<>();
                Map<LocalDate, Map<LocalDate, Long>> active = new HashMap<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        LocalDate cohort = row.getObject("cohort_start", LocalDate.class);
                        LocalDate periodStart = row.getObject("period_start", LocalDate.class);
                        if (periodStart == null) {
                            sizes.put(cohort, row.getLong("customers"));
                        } else {
                            active.computeIfAbsent(cohort, c -> new HashMap<>()).put(periodStart, row.getLong("customers"));
                        }
                    }
                }
                return new CohortCounts(sizes, active);
            }
        });
    }
}
