package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * {@code POST /playbooks} and what reads back: triggered by entering a segment ({@code trigger.segmentId})
 * or a churn risk level ({@code trigger.churnRiskLevel}: LOW, MEDIUM, HIGH); {@code controlShare} 0 to 0.5
 * of the customers are left alone as the control group; {@code churnWindowDays} (default 90) is how long
 * after the trigger a customer must buy again not to count as churned.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaybookBody(String id, String name, Trigger trigger, Action action, Integer cooldownDays,
        Double controlShare, Integer churnWindowDays, Instant createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Trigger(String segmentId, String churnRiskLevel) {
    }

    /**
     * BONUS_POINTS: {@code programId}, {@code points}; SURVEY_INVITATION: {@code surveyPurpose}; ALERT:
     * {@code alertMessage}; REWARD_OFFER: {@code programId}, {@code rewardId} (given free of points).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(PlaybookActionKind kind, String programId, Long points, PlaybookSurveyPurpose surveyPurpose,
            String alertMessage, String rewardId) {
    }
}
