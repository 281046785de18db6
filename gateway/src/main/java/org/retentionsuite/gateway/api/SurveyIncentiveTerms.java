package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.Size;

/**
 * Loyalty points for completing a survey: the respondent's loyalty programme and the event recorded
 * there (default {@code survey_completed}), whose event rule sets the points.
 */
public record SurveyIncentiveTerms(@Size(max = 64) String programId, @Size(max = 64) String eventKey) {
}
