package org.retentionsuite.feedback.domain;

/** An internal note for the team, or a message that was sent to the customer. */
public enum CaseNoteKind {
    INTERNAL,
    CUSTOMER_MESSAGE
}
