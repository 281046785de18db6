package org.retentionsuite.segmentation.domain.churn;

public enum ChurnRiskLevel {
    LOW,
    MEDIUM,
    HIGH
}
