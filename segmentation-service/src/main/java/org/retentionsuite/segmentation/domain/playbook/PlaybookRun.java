package org.retentionsuite.segmentation.domain.playbook;

import java.time.Instant;
import java.util.UUID;

/** A playbook triggered for a customer: treated, or spared as part of the control group. */
public record PlaybookRun(UUID id, UUID playbookId, String customerId, Arm arm, Instant triggeredAt) {

    public enum Arm {
        TREATED,
        CONTROL
    }
}
