package org.retentionsuite.loyalty.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Points earned into a new lot, with the EARN entry that says so. A debt left by earlier returns is
 * paid from them first; the lot is pending until the programme's activation, and expires under its policy.
 */
public record Earning(PointsLot lot, LedgerEntry entry) {

    public static Earning of(UUID memberId, Balance balance, Program program, long points, Instant earnedAt,
            String reference, String description, Instant now) {
        long paid = Math.min(points, balance.debt());
        long net = points - paid;
        PointsLot lot = new PointsLot(memberId, points, net, earnedAt, program.activationOf(earnedAt),
                program.expiry().expiresAt(earnedAt, program.timeZone()).orElse(null), now);
        LedgerEntry.Deltas deltas = lot.status() == LotStatus.PENDING
                ? new LedgerEntry.Deltas(0, net, 0, -paid)
                : new LedgerEntry.Deltas(net, 0, 0, -paid);
        return new Earning(lot, LedgerEntry.of(memberId, LedgerEntryKind.EARN, deltas, reference, description, earnedAt, now));
    }
}
