package org.retentionsuite.segmentation.domain.segment;

import java.util.List;

/** One page of a list and the cursor of the next (empty on the last page). */
public record Page<T>(List<T> items, String nextCursor) {
}
