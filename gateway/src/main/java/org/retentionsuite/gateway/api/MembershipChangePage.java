package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** Who entered and left a segment when, newest first. */
public record MembershipChangePage(List<Change> items, String nextCursor) {

    /** {@code change} is ENTERED or LEFT. */
    public record Change(String customerId, String change, Instant at) {
    }
}
