package org.retentionsuite.segmentation.domain.churn;

/** The signals a churn risk score combines; each fires on its own rule (see {@link ChurnRiskModel}). */
public enum ChurnIndicator {
    LOW_PROBABILITY_ALIVE,
    ENGAGEMENT_DECLINE,
    PURCHASE_FREQUENCY_DECLINE,
    NEGATIVE_FEEDBACK,
    UNRESOLVED_SUPPORT,
    OVERDUE_PURCHASE
}
