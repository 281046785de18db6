package org.retentionsuite.gateway.api;

/** Which survey a playbook invites to. */
public enum PlaybookSurveyPurpose {
    CHECK_IN,
    EXIT
}
