package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A completed response as the business sees it (with the customer). */
public record ResponseView(String id, String surveyId, int surveyVersion, String customerId, int score, String comment,
        String language, ResponseChannel channel, Instant completedAt) {
}
