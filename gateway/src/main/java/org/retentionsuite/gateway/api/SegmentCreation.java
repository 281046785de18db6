package org.retentionsuite.gateway.api;

/** {@code POST /segments}: a unique name, an optional description and the rule. */
public record SegmentCreation(String name, String description, SegmentRuleBody rule) {
}
