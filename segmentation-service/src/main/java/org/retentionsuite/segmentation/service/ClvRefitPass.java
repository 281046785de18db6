package org.retentionsuite.segmentation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The scheduled CLV refit: fits BG/NBD and Gamma-Gamma on every customer up to yesterday, so that
 * predictions, P(alive) in the churn risk and the CLV rule fields follow the recent purchases without
 * anyone asking. A replica that finds another refitting skips its turn.
 */
@ApplicationScoped
public class ClvRefitPass {

    private final ClvService clv;

    public ClvRefitPass(ClvService clv) {
        this.clv = clv;
    }

    @Scheduled(cron = "${retention.segmentation.clv.refit-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        clv.refit();
    }
}
