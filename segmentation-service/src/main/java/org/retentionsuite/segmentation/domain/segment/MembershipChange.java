package org.retentionsuite.segmentation.domain.segment;

import java.time.Instant;
import java.util.UUID;

/** A customer entered or left a segment. {@code sequence} orders changes (and pages them). */
public record MembershipChange(long sequence, UUID segmentId, String customerId, Kind kind, Instant changedAt) {

    public enum Kind {
        ENTERED,
        LEFT
    }
}
