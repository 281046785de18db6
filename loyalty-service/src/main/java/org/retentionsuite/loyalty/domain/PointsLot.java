package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Points earned together (one purchase): pending until they activate, spent earliest expiry first. */
@Entity
@Table(name = "points_lot")
public class PointsLot {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    private long points;

    private long remaining;

    @Enumerated(EnumType.STRING)
    private LotStatus status;

    @Column(name = "earned_at")
    private Instant earnedAt;

    @Column(name = "activates_at")
    private Instant activatesAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected PointsLot() {
    }

    /** A lot of {@code points}, of which {@code remaining} are left after paying the member's debt. */
    public PointsLot(UUID memberId, long points, long remaining, Instant earnedAt, Instant activatesAt, Instant expiresAt,
            Instant now) {
        this.id = TimeOrderedIds.next();
        this.memberId = memberId;
        this.points = points;
        this.remaining = remaining;
        this.earnedAt = earnedAt;
        this.activatesAt = activatesAt;
        this.expiresAt = expiresAt;
        this.status = activatesAt.isAfter(now) ? LotStatus.PENDING : LotStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public long points() {
        return points;
    }

    public long remaining() {
        return remaining;
    }

    public Instant earnedAt() {
        return earnedAt;
    }

    public Instant activatesAt() {
        return activatesAt;
    }

    public LotStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Takes up to {@code wanted} points; returns how many it took. */
    public long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        return taken;
    }

    /** Gives back points a released reservation had taken from this lot. */
    public void giveBack(long points) {
        if (remaining + points > this.points) {
            throw new IllegalStateException("lot " + id + " cannot hold more than " + this.points + " points");
        }
        remaining += points;
    }

    public void activate() {
        status = LotStatus.ACTIVE;
    }

    /** Expires what is left; returns how many points expired. */
    public long expire() {
        long expired = remaining;
        remaining = 0;
        status = LotStatus.EXPIRED;
        return expired;
    }
}
