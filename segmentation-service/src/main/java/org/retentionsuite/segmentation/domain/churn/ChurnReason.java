package org.retentionsuite.segmentation.domain.churn;

/** An indicator that fired: its value, what it was compared with (0 when nothing), and both in words. */
public record ChurnReason(ChurnIndicator indicator, double value, double baseline, String description) {
}
