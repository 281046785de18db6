package org.retentionsuite.gateway.api;

import java.util.List;

/** A page of a programme's members in customer id order; {@code nextCursor} is null on the last page. */
public record MemberPage(List<MemberView> items, String nextCursor) {
}
