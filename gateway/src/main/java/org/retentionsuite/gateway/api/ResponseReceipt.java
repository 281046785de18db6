package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/**
 * A recorded response, as its respondent may see it: without the business's customer id. {@code status}
 * STARTED (saved part-way: score and completedAt may be null) or COMPLETED.
 */
public record ResponseReceipt(String id, String surveyId, int surveyVersion, Integer score, String comment,
        String language, ResponseChannel channel, Instant completedAt, String status, Instant startedAt,
        List<AnswerInput> answers) {
}
