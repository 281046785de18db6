package org.retentionsuite.segmentation.domain.churn;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A customer's churn risk as of a date: a score from 0 to 1, its level, and the indicators that
 * fired. {@code fitId} and {@code probabilityAlive} are null when no CLV fit entered the score.
 */
public record ChurnRisk(String customerId, LocalDate asOf, double score, ChurnRiskLevel level,
        List<ChurnReason> reasons, UUID fitId, Double probabilityAlive) {
}
