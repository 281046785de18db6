package org.retentionsuite.gateway.api;

import java.util.List;

/** Playbooks, oldest first. */
public record PlaybookPage(List<PlaybookBody> items, String nextCursor) {
}
