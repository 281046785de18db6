package org.retentionsuite.segmentation.domain.playbook;

import java.util.UUID;

/** Churn of the treated and control customers whose churn window has ended, and the runs still pending. */
public record PlaybookReport(UUID playbookId, int churnWindowDays, TwoProportionTest test, int pending) {
}
