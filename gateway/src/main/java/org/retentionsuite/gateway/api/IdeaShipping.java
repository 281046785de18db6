package org.retentionsuite.gateway.api;

/** {@code POST /ideas/{ideaId}/ship}: the "you said, we did" announcement. */
public record IdeaShipping(String announcement) {
}
