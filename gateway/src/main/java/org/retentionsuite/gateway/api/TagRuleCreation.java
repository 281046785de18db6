package org.retentionsuite.gateway.api;

/** {@code POST /tag-rules}: responses in {@code language} whose comment contains {@code keyword} get {@code tag}. */
public record TagRuleCreation(String language, String keyword, String tag) {
}
