package org.retentionsuite.gateway.api;

/** What a survey is for: GENERAL (the default), EXIT (a leaving customer) or CHECK_IN (a drifting one). */
public enum SurveyPurpose {
    GENERAL, EXIT, CHECK_IN
}
