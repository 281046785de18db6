package org.retentionsuite.gateway.api;

/** {@code POST /cases/{caseId}/notes} with an {@code Idempotency-Key}: {@code kind} defaults to INTERNAL. */
public record CaseNoteCreation(CaseNoteKind kind, String author, String text) {
}
