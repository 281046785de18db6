package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** A segment's members in customer id order, and how many there are in all. */
public record SegmentMemberPage(List<Member> items, String nextCursor, long memberCount) {

    public record Member(String customerId, Instant enteredAt) {
    }
}
