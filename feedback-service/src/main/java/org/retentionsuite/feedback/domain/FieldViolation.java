package org.retentionsuite.feedback.domain;

/** One invalid field of a request: its name as the contract spells it, and what is wrong with it. */
public record FieldViolation(String field, String description) {
}
