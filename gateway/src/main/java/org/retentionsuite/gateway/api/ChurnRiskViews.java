package org.retentionsuite.gateway.api;

import java.util.List;

/** The churn risk API's JSON. */
public final class ChurnRiskViews {

    private ChurnRiskViews() {
    }

    /** A score from 0 to 1, its level (LOW, MEDIUM, HIGH) and the indicators that fired. */
    public record ChurnRisk(String customerId, String asOf, double score, String level, List<Reason> reasons,
            String fitId, Double probabilityAlive) {
    }

    public record Reason(String indicator, double value, double baseline, String description) {
    }

    /** A stored scoring of one customer, and the level stored before (null when never scored). */
    public record Scoring(ChurnRisk churnRisk, String previousLevel) {
    }

    /** {@code POST /churn-risk/scorings} and {@code POST /customers/{id}/churn-risk}: as of an ISO date, default today. */
    public record ScoringRequest(String asOf) {
    }

    public record ScoringSummary(String asOf, long scored, long low, long medium, long high, long levelChanges) {
    }
}
