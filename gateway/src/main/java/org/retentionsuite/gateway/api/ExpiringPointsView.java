package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** Points that expire within the days asked for, per expiry instant. */
public record ExpiringPointsView(long total, List<Item> items) {

    public record Item(Instant expiresAt, long points) {
    }
}
