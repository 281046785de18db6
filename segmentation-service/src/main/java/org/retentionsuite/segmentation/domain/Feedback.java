package org.retentionsuite.segmentation.domain;

/** A feedback score as reported; kind is null when unspecified. Survey and response ids are optional. */
public record Feedback(FeedbackKind kind, int score, String surveyId, String responseId) {
}
