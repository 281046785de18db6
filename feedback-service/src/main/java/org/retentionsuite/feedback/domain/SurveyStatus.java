package org.retentionsuite.feedback.domain;

/** Where a survey is in its life: only an active survey takes invitations and responses. */
public enum SurveyStatus {
    DRAFT,
    ACTIVE,
    PAUSED,
    CLOSED
}
