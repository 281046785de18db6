package org.retentionsuite.feedback.domain;

/** A survey with the content of its current version. */
public record SurveySnapshot(Survey survey, SurveyContent content) {
}
