package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The behaviour fields, each a correlated aggregate over the customer's rows of the activity table. */
public final class ActivityFields {

    private ActivityFields() {
    }

    public static List<RuleField> all(Currency reportingCurrency) {
        return List.of(
                count("purchaseCount", "PURCHASE"),
                count("visitCount", "VISIT"),
                count("supportContactCount", "SUPPORT_CONTACT"),
                totalSpend(reportingCurrency),
                // The column follows the contract's field: Activity.feedback (FeedbackScore kind and score).
                // Per customer also in a full pass: the latest answer is no cheap aggregate.
                windowed("npsScore", ValueKind.NUMBER, """
                        (SELECT a.feedback_score FROM activity a
                         WHERE a.customer_id = c.customer_id AND a.type = 'FEEDBACK' AND a.feedback_kind = 'NPS'%s
                         ORDER BY a.occurred_at DESC, a.event_id DESC LIMIT 1)""", null, List.of()),
                daysSinceLastPurchase());
    }

    private static RuleField count(String name, String type) {
        return windowed(name, ValueKind.NUMBER, """
                (SELECT count(*) FROM activity a WHERE a.customer_id = c.customer_id AND a.type = ?%s)""",
                "count(*) FILTER (WHERE a.type = ?%s)", List.of(type));
    }

    /** Purchases less returns; amounts in another currency (an earlier reporting currency) are left out. */
    private static RuleField totalSpend(Currency currency) {
        return windowed("totalSpend", ValueKind.MONEY, """
                (SELECT coalesce(sum(CASE WHEN a.type = 'PURCHASE' THEN a.amount_minor ELSE -a.amount_minor END), 0)
                 FROM activity a WHERE a.customer_id = c.customer_id AND a.type IN ('PURCHASE', 'RETURN')
                 AND a.currency_code = ?%s)""", """
                coalesce(sum(CASE WHEN a.type = 'PURCHASE' THEN a.amount_minor ELSE -a.amount_minor END)
                         FILTER (WHERE a.type IN ('PURCHASE', 'RETURN') AND a.currency_code = ?%s), 0)""",
                List.of(currency.getCurrencyCode()));
    }

    private static RuleField daysSinceLastPurchase() {
        return new RuleField() {
            @Override
            public String name() {
                return "daysSinceLastPurchase";
            }

            @Override
            public ValueKind kind() {
                return ValueKind.NUMBER;
            }

            @Override
            public boolean windowed() {
                return false;
            }

            @Override
            public SqlFragment expression(Instant now, Instant since) {
                // Whole days; a customer who never purchased has none (NULL), so no comparison matches.
                return SqlFragment.of("""
                        (SELECT floor(extract(epoch FROM (?::timestamptz - max(a.occurred_at))) / 86400)
                         FROM activity a WHERE a.customer_id = c.customer_id AND a.type = 'PURCHASE')""", now);
            }

            @Override
            public SqlFragment aggregate(Instant now, Instant since) {
                return SqlFragment.of("""
                        floor(extract(epoch FROM (?::timestamptz - max(a.occurred_at) FILTER (WHERE a.type = 'PURCHASE')))
                              / 86400)""", now);
            }
        };
    }

    /**
     * {@code sql} (per customer) and {@code aggregateSql} (over every customer's rows {@code a}, null: none; its
     * value without activity is 0) each hold one {@code %s} where the window's condition goes, after {@code parameters}.
     */
    private static RuleField windowed(String name, ValueKind kind, String sql, String aggregateSql, List<Object> parameters) {
        return new RuleField() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ValueKind kind() {
                return kind;
            }

            @Override
            public boolean windowed() {
                return true;
            }

            @Override
            public SqlFragment expression(Instant now, Instant since) {
                return inWindow(sql, since);
            }

            @Override
            public SqlFragment aggregate(Instant now, Instant since) {
                return aggregateSql == null ? null : inWindow(aggregateSql, since);
            }

            @Override
            public String aggregateWithoutActivity() {
                return "0";
            }

            private SqlFragment inWindow(String text, Instant since) {
                List<Object> bound = new ArrayList<>(parameters);
                String window = "";
                if (since != null) {
                    window = " AND a.occurred_at > ?::timestamptz";
                    bound.add(since);
                }
                // Activity reported ahead of our clock (allowed skew) counts as happened now.
                return new SqlFragment(text.formatted(window), bound);
            }
        };
    }
}
