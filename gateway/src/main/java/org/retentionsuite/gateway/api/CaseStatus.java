package org.retentionsuite.gateway.api;

/** Open → in progress → resolved → closed; a resolved case may go back to in progress. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    RESOLVED,
    CLOSED
}
