package org.retentionsuite.gateway.api;

/** {@code POST /cases/{caseId}/assignment}: who works the case (a person or a team). */
public record CaseAssignment(String owner) {
}
