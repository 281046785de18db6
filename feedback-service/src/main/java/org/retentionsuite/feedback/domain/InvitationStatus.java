package org.retentionsuite.feedback.domain;

/** What became of one customer of an invitation request. */
public enum InvitationStatus {
    /** Invited now, with a token. */
    INVITED,
    /** Not invited: invited to some survey within the cool-down. */
    THROTTLED
}
