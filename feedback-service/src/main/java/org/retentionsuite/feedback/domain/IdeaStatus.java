package org.retentionsuite.feedback.domain;

/** An improvement idea is open until it ships. */
public enum IdeaStatus {
    OPEN,
    SHIPPED
}
