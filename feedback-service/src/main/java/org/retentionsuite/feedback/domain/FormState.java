package org.retentionsuite.feedback.domain;

/** Whether a respondent's form can be answered, and if not, why. */
public enum FormState {
    OPEN, EXPIRED, ALREADY_ANSWERED, SURVEY_CLOSED
}
