package org.retentionsuite.segmentation.service.playbook;

import org.retentionsuite.segmentation.domain.playbook.Playbook;

import java.time.Instant;
import java.util.List;

/**
 * What churn risk scoring calls, in its transaction, when customers move up into a risk level:
 * the playbooks of that level run for them.
 */
public interface RiskLevelTrigger {

    void customersEnteredRiskLevel(Playbook.RiskLevel level, List<String> customerIds, Instant at);
}
