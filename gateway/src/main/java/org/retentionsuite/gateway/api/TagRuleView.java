package org.retentionsuite.gateway.api;

/** A keyword rule; {@code language} is the primary subtag it reads ("de" also matches "de-AT"). */
public record TagRuleView(String id, String language, String keyword, String tag) {
}
