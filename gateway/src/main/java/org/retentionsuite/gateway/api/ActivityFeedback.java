package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The score of a {@code FEEDBACK} activity: NPS 0-10, CSAT 1-5, CES 1-7; survey and response ids optional. */
public record ActivityFeedback(@NotNull SurveyKind kind, @NotNull Integer score, @Size(max = 128) String surveyId,
        @Size(max = 128) String responseId) {
}
