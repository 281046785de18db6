package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code GET /ideas}: ranked by priority, then value affected. */
public record IdeaList(List<IdeaView> items) {
}
