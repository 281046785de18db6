package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;

/** A customer in a segment, since when. */
public record SegmentMember(String customerId, Instant enteredAt) {
}
