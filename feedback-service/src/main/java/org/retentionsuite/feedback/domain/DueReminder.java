package org.retentionsuite.feedback.domain;

import java.time.Instant;
import java.util.UUID;

/** An invitation's one reminder, handed to a mailer: who, in which language, and until when the link works. */
public record DueReminder(UUID invitationId, UUID surveyId, String customerId, String language, Instant invitedAt,
        Instant dueAt, Instant expiresAt) {
}
