package org.retentionsuite.gateway.api;

/** {@code POST /cases/{caseId}/transitions}: the status to move to: IN_PROGRESS, RESOLVED or CLOSED. */
public record CaseTransition(CaseStatus status) {
}
