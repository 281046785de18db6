package org.retentionsuite.gateway.api;

/** What {@code POST /activities} recorded, and how many events it had seen before. */
public record ActivityReceipt(int recorded, int duplicates) {
}
