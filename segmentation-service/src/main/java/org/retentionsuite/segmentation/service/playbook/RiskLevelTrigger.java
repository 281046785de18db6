package org.retentionsuite.segmentation.service.playbook;

import org.retentionsuite.segmentation.domain.playbook.Playbook;

import java.time.Instant;
import java.util.List;

/**
 * What churn risk scoring calls, in its transaction, with the level changes it recorded in
 * {@code churn_level_change}: the playbooks of the level each customer entered run for them.
 */
public interface RiskLevelTrigger {

    void customersEnteredRiskLevel(Playbook.RiskLevel level, List<String> customerIds, Instant at);
}
