package org.retentionsuite.segmentation.domain;

import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel;
import org.retentionsuite.segmentation.domain.rfm.RfmSegment;
import org.retentionsuite.segmentation.domain.segment.CurrentSegment;
import org.retentionsuite.segmentation.domain.segment.MembershipChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything held on one customer: activity, insights (when there is activity), segments and their
 * history, attributes, the stored churn risk and its level changes, playbook runs and the score snapshot.
 */
public record CustomerExport(String customerId, List<Activity> activities, Optional<CustomerInsights> insights,
        List<CurrentSegment> segments, List<MembershipChange> segmentChanges, Optional<CustomerAttributes> attributes,
        Optional<ChurnRisk> churnRisk, List<LevelChange> levelChanges, List<RunRecord> playbookRuns,
        Optional<ScoreRecord> score) {

    /** {@code from} is null for the customer's first score. */
    public record LevelChange(ChurnRiskLevel from, ChurnRiskLevel to, double score, LocalDate asOf, Instant changedAt) {
    }

    /** {@code alertMessage} is null when the run raised no alert. */
    public record RunRecord(UUID runId, UUID playbookId, String playbookName, String arm, Instant triggeredAt,
            String alertMessage) {
    }

    /** {@code predictedClvMinor} and {@code fitId} are null without a CLV fit. */
    public record ScoreRecord(int recencyScore, int frequencyScore, int monetaryScore, RfmSegment rfmSegment,
            Long predictedClvMinor, UUID fitId, LocalDate asOf) {
    }
}
