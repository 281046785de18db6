package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/**
 * A follow-up case of an unhappy respondent. {@code status} is OPEN, IN_PROGRESS, RESOLVED or
 * CLOSED; {@code owner}, {@code comment} and the times after opening are null until they exist;
 * {@code overdue} says it is unresolved past {@code dueAt}.
 */
public record CaseView(String id, String responseId, String surveyId, String customerId, SurveyKind surveyKind, int score,
        String comment, String status, String owner, Instant openedAt, Instant dueAt, boolean overdue, Instant resolvedAt,
        Instant closedAt, Instant customerMessagedAt, List<Note> notes) {

    /** {@code kind} is INTERNAL or CUSTOMER_MESSAGE; {@code text} is null after the customer was forgotten. */
    public record Note(String id, String kind, String author, String text, Instant createdAt) {
    }
}
