package org.retentionsuite.gateway.api;

import java.time.Instant;

/**
 * One reminder for a mailer to send: the invitation, its customer and language, when it became due
 * and when its link stops working. The link is the one delivered with the invitation (only the
 * token's hash is kept).
 */
public record DueReminderView(String invitationId, String surveyId, String customerId, String language,
        Instant invitedAt, Instant dueAt, Instant expiresAt) {
}
