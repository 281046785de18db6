package org.retentionsuite.segmentation.domain;

/** One invalid field of a request: its path as the contract spells it, and what is wrong with it. */
public record FieldViolation(String field, String description) {
}
