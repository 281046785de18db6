package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/**
 * The customer 360 view: what each service holds, in one answer. A part a service could not give is
 * null and named in {@code warnings}; the answer is still 200.
 */
public record CustomerView(String customerId, List<Membership> memberships, FeedbackSummary feedback,
        CustomerInsightsView insights, List<Warning> warnings) {

    /** One loyalty programme the customer is a member of; {@code badges} is null when they could not be read. */
    public record Membership(String programId, String status, String tier, MemberView.BalanceView balance,
            List<BadgeList.Badge> badges) {
    }

    /** The latest scores and the follow-up cases still open. */
    public record FeedbackSummary(List<RecentScore> recentScores, List<OpenCase> openCases) {
    }

    public record RecentScore(String responseId, String surveyId, int score, Instant completedAt) {
    }

    public record OpenCase(String caseId, String surveyId, String status, String owner, Instant openedAt, Instant dueAt) {
    }

    /** A part that is missing: {@code part} is loyalty, loyalty.badges, feedback or insights. */
    public record Warning(String part, String detail) {
    }
}
