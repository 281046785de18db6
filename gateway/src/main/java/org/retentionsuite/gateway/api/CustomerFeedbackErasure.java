package org.retentionsuite.gateway.api;

/** What erasing a customer's feedback changed; all 0 when repeated. Scores stay for the metrics. */
public record CustomerFeedbackErasure(int responsesAnonymised, int invitationsForgotten, int casesAnonymised) {
}
