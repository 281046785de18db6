package org.retentionsuite.gateway.api;

import java.time.Instant;

/** Whether a customer is in a segment now; {@code enteredAt} is null when not. */
public record SegmentMembershipView(String segmentId, String customerId, boolean member, Instant enteredAt) {
}
