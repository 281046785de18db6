package org.retentionsuite.gateway.api;

import java.time.Instant;

/** A recorded response, as its respondent may see it: without the business's customer id. */
public record ResponseReceipt(String id, String surveyId, int surveyVersion, int score, String comment, String language,
        ResponseChannel channel, Instant completedAt) {
}
