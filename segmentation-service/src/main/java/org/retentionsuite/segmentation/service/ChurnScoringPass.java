package org.retentionsuite.segmentation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scheduled churn risk pass: scores every customer as of today, so that level changes are
 * recorded and their playbooks run without anyone asking. Replicas scoring at once queue on the
 * scoring lock; the later pass finds the levels stored and records no change twice.
 */
@ApplicationScoped
public class ChurnScoringPass {

    private final ChurnRiskService churnRisk;

    public ChurnScoringPass(ChurnRiskService churnRisk) {
        this.churnRisk = churnRisk;
    }

    @Scheduled(cron = "${retention.segmentation.churn-risk.scoring-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        churnRisk.scoreAll("");
    }
}
