package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.kpi.PeriodCounts;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;

/** The counts behind the KPIs, in one aggregation over the purchases up to the period's end. */
@ApplicationScoped
public class KpiRepository {

    /** Parameters: to, from, window, from, window, to, to, from, from, currency, currency, currency. */
    private static final String COUNTS = """
            WITH purchases AS (
                SELECT customer_id, (occurred_at AT TIME ZONE 'UTC')::date AS day, amount_minor, currency_code
                FROM activity
                WHERE type = 'PURCHASE' AND occurred_at < ((?::date + 1)::timestamp AT TIME ZONE 'UTC')
            ),
            per_customer AS (
                SELECT customer_id,
                       min(day) AS first_day,
                       bool_or(day >= ?::date - ?::int AND day < ?::date) AS active_at_start,
                       bool_or(day > ?::date - ?::int) AS active_at_end,
                       count(*) FILTER (WHERE day >= ?::date) AS period_purchases,
                       coalesce(sum(amount_minor) FILTER (WHERE day >= ?::date AND currency_code = ?), 0)
                           AS period_amount_minor
                FROM purchases
                GROUP BY customer_id
            )
            SELECT count(*) FILTER (WHERE active_at_start) AS s,
                   count(*) FILTER (WHERE active_at_end) AS e,
                   count(*) FILTER (WHERE first_day >= ?::date) AS n,
                   count(*) FILTER (WHERE active_at_start AND NOT active_at_end) AS lost,
                   count(*) FILTER (WHERE period_purchases > 0) AS purchasing,
                   coalesce(sum(period_purchases), 0) AS purchases,
                   count(*) FILTER (WHERE period_purchases >= 2) AS repeaters,
                   coalesce(sum(period_amount_minor), 0) AS amount_minor,
                   count(c.customer_id) FILTER (WHERE first_day >= ?::date) AS new_with_attributes,
                   count(c.referred_by) FILTER (WHERE first_day >= ?::date) AS new_referred,
                   count(c.acquisition_cost_minor) FILTER (WHERE first_day >= ?::date AND c.currency_code = ?)
                       AS new_with_cost,
                   coalesce(sum(c.acquisition_cost_minor) FILTER (WHERE first_day >= ?::date AND c.currency_code = ?), 0)
                       AS new_cost_minor
            FROM per_customer p LEFT JOIN customer c ON c.customer_id = p.customer_id
            """;

    private final EntityManager entityManager;

    public KpiRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public PeriodCounts counts(LocalDate from, LocalDate to, int churnWindowDays, Currency currency) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(COUNTS)) {
                Object[] parameters = {to, from, churnWindowDays, from, to, churnWindowDays, from, from, currency,
                        from, from, from, from, currency, from, currency};
                for (int i = 0; i < parameters.length; i++) {
                    Object parameter = parameters[i];
                    if (parameter instanceof LocalDate date) {
                        query.setObject(i + 1, date, Types.DATE);
                    } else if (parameter instanceof Currency code) {
                        query.setString(i + 1, code.getCurrencyCode());
                    } else {
                        query.setInt(i + 1, (Integer) parameter);
                    }
                }
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return new PeriodCounts(row.getLong("s"), row.getLong("e"), row.getLong("n"), row.getLong("lost"),
                            row.getLong("purchasing"), row.getLong("purchases"), row.getLong("repeaters"),
                            row.getLong("amount_minor"), row.getLong("new_with_attributes"),
                            row.getLong("new_referred"), row.getLong("new_with_cost"), row.getLong("new_cost_minor"));
                }
            }
        });
    }
}
