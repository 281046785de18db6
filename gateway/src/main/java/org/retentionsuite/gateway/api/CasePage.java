package org.retentionsuite.gateway.api;

import java.util.List;

/** {@code GET /cases}: a page of cases, latest opened first; {@code nextCursor} is null on the last page. */
public record CasePage(List<CaseView> items, String nextCursor) {
}
