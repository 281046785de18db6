package org.retentionsuite.feedback.domain;

/** What a survey is for: asked after a contact, of a leaving customer, or of one drifting away. */
public enum SurveyPurpose {
    GENERAL, EXIT, CHECK_IN
}
