package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.UUID;

/** A segment a customer is in now, and since when. */
public record CurrentSegment(UUID segmentId, String segmentName, Instant enteredAt) {
}
