package org.retentionsuite.gateway.api;

/** What a full pass changed: customers who entered and left, and the members after it. */
public record SegmentRefreshView(int entered, int left, long memberCount) {
}
