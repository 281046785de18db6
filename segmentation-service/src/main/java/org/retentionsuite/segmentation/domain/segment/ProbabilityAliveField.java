package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;

/**
 * P(alive) under the latest CLV fit, from the customer's purchase days up to its calibration end
 * (as GetCustomerClv computes it): 1 / (1 + a / (b + x - 1) · ((alpha + T) / (alpha + t_x))^(r + x)),
 * 1 for x = 0. Without a fit, or without a purchase in its calibration period, a customer has none.
 */
public final class ProbabilityAliveField implements RuleField {

    private static final String SQL = """
            (SELECT CASE WHEN h.x = 0 THEN 1.0
                    ELSE 1.0 / (1.0 + f.bgnbd_a / (f.bgnbd_b + h.x - 1)
                         * exp(least(700, (f.bgnbd_r + h.x) * ln((f.bgnbd_alpha + h.age) / (f.bgnbd_alpha + h.recency)))))
                    END
             FROM (SELECT * FROM clv_fit ORDER BY fitted_at DESC, id LIMIT 1) f
             CROSS JOIN LATERAL (
                 SELECT count(DISTINCT d.day) - 1 AS x,
                        (max(d.day) - min(d.day))::float8 / CASE f.time_unit WHEN 'WEEK' THEN 7 ELSE 1 END AS recency,
                        (f.calibration_end - min(d.day))::float8 / CASE f.time_unit WHEN 'WEEK' THEN 7 ELSE 1 END AS age
                 FROM (SELECT (a.occurred_at AT TIME ZONE 'UTC')::date AS day FROM activity a
                       WHERE a.customer_id = c.customer_id AND a.type = 'PURCHASE'
                         AND a.occurred_at < ((f.calibration_end + 1)::timestamp AT TIME ZONE 'UTC')) d) h
             WHERE h.age IS NOT NULL)""";

    @Override
    public String name() {
        return "probabilityAlive";
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
        return SqlFragment.of(SQL);
    }
}
