package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** A page of a member's ledger, newest first; {@code nextCursor} is null on the last page. */
public record LedgerPage(List<Entry> items, String nextCursor) {

    /** One append-only entry; the deltas say how it moved each part of the balance. */
    public record Entry(String id, String kind, long activeDelta, long pendingDelta, long reservedDelta, long debtDelta,
            String reference, String description, Instant occurredAt) {
    }
}
