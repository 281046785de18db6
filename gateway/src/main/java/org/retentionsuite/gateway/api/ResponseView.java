package org.retentionsuite.gateway.api;

import java.time.Instant;

/**
 * A response as the business sees it (with the customer). The 360 view lists completed ones only; the
 * export also lists started (partial) ones, marked STARTED, without a completion time and with the
 * score answered so far (0 before any).
 */
public record ResponseView(String id, String surveyId, int surveyVersion, String customerId, int score, String comment,
        String language, ResponseChannel channel, Instant completedAt, ResponseStatus status, Instant startedAt) {
}
