package org.retentionsuite.segmentation.domain.playbook;

import java.time.Instant;
import java.util.UUID;

/**
 * An action run for a customer who enters a segment (or a churn risk level), at most once per
 * cool-down, except for the control group, who are recorded and left alone.
 */
public record Playbook(UUID id, String name, UUID segmentId, RiskLevel riskLevel, PlaybookAction action,
        int cooldownDays, double controlShare, int churnWindowDays, Instant createdAt) {

    /** Churn risk levels a playbook can follow. */
    public enum RiskLevel {
        LOW,
        MEDIUM,
        HIGH
    }

    /** Whether this customer belongs to the playbook's control group: the same answer every time. */
    public boolean spares(String customerId) {
        return ControlGroup.contains(id, customerId, controlShare);
    }
}
