package org.retentionsuite.gateway.api;

import java.util.List;

/** A shipped idea and the customers to tell "you said, we did". */
public record IdeaAnnouncement(IdeaView idea, List<String> respondents) {
}
