package org.retentionsuite.segmentation.domain.segment;

import java.util.List;

/** The customer's latest stored churn risk (ScoreChurnRisk); a customer never scored has none (NULL). */
public final class ChurnRiskFields {

    private ChurnRiskFields() {
    }

    public static List<RuleField> all() {
        return List.of(
                new LookupField("churnRiskScore", ValueKind.NUMBER,
                        "(SELECT r.score FROM churn_risk r WHERE r.customer_id = c.customer_id)", List.of(), List.of(), false),
                new LookupField("churnRiskLevel", ValueKind.LABEL,
                        "(SELECT r.level FROM churn_risk r WHERE r.customer_id = c.customer_id)", List.of(),
                        List.of("LOW", "MEDIUM", "HIGH"), false));
    }
}
