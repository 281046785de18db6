package org.retentionsuite.segmentation.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.segmentation.config.PlaybookConfig;

import java.time.Clock;

/**
 * The scheduled full pass: every segment whose last pass is older than the refresh interval is
 * evaluated for every customer, one segment per transaction. Replicas claim different segments
 * (SKIP LOCKED), so none is evaluated twice at once.
 */
@ApplicationScoped
public class SegmentRefreshPass {

    private final SegmentMembership membership;
    private final CustomerScoreSnapshot scores;
    private final PlaybookConfig config;
    private final Clock clock;

    public SegmentRefreshPass(SegmentMembership membership, CustomerScoreSnapshot scores, PlaybookConfig config,
            Clock clock) {
        this.membership = membership;
        this.scores = scores;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${retention.segmentation.playbooks.segment-pass-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPass() {
        runOnce();
    }

    /** Refreshes every due segment; returns how many. */
    public int runOnce() {
        int refreshed = 0;
        if (membership.dueSegmentReadsScores(clock.instant().minus(config.segmentRefreshInterval()))) {
            scores.refresh();
        }
        while (membership.refreshNextDue(clock.instant().minus(config.segmentRefreshInterval()))) {
            refreshed++;
        }
        return refreshed;
    }
}
