package org.retentionsuite.gateway.api;

import java.util.List;

/** Every tag of a response; {@code source} is MANUAL or RULE. */
public record ResponseTagsView(String responseId, List<Tag> tags) {

    public record Tag(String tag, String source) {
    }
}
