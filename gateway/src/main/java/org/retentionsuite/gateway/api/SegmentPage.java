package org.retentionsuite.gateway.api;

import java.util.List;

/** Segments, oldest first; {@code nextCursor} is null on the last page. */
public record SegmentPage(List<SegmentView> items, String nextCursor) {
}
