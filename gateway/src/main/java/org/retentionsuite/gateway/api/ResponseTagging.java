package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code POST /responses/{responseId}/tags}: tags to add by hand. */
public record ResponseTagging(List<String> tags) {
}
