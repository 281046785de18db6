package org.retentionsuite.gateway.api;

/** An internal note, or the message sent to the customer ("we heard you"). */
public enum CaseNoteKind {
    INTERNAL,
    CUSTOMER_MESSAGE
}
