package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A reward redeemed at once, or reserved for a checkout until committed, cancelled or expired; or
 * offered free of points (committed at once, 0 points, with the reason it was given).
 */
@Entity
@Table(name = "redemption")
public class Redemption {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "reward_id")
    private UUID rewardId;

    private long points;

    @Enumerated(EnumType.STRING)
    private RedemptionStatus status;

    @Column(name = "coupon_code")
    private String couponCode;

    /** The RESERVE entry whose lot allocations a release gives back. */
    @Column(name = "hold_entry_id")
    private Long holdEntryId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "offer_reason")
    private String offerReason;

    protected Redemption() {
    }

    public Redemption(UUID programId, UUID memberId, Reward reward, String couponCode, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.memberId = memberId;
        this.rewardId = reward.id();
        this.points = reward.pointsCost();
        this.couponCode = couponCode;
        this.createdAt = now;
        this.expiresAt = expiresAt;
        this.status = expiresAt == null ? RedemptionStatus.COMMITTED : RedemptionStatus.RESERVED;
        this.completedAt = expiresAt == null ? now : null;
    }

    /** The reward given free of points: committed at once, nothing held or spent. */
    public static Redemption offered(UUID programId, UUID memberId, Reward reward, String couponCode, Instant now,
            String reason) {
        Redemption offer = new Redemption(programId, memberId, reward, couponCode, now, null);
        offer.points = 0;
        offer.offerReason = reason;
        return offer;
    }

    public void holdWith(Long reserveEntryId) {
        this.holdEntryId = reserveEntryId;
    }

    /** A reservation past its time can no longer be committed. */
    public boolean hasLapsedAt(Instant now) {
        return status == RedemptionStatus.RESERVED && !expiresAt.isAfter(now);
    }

    public void requireReserved() {
        if (status != RedemptionStatus.RESERVED) {
            throw new FailedPreconditionException(FailedPreconditionException.REDEMPTION_NOT_OPEN,
                    "redemption " + id + " is " + status.name().toLowerCase() + ", not reserved");
        }
    }

    public void complete(RedemptionStatus outcome, Instant now) {
        requireReserved();
        status = outcome;
        completedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID rewardId() {
        return rewardId;
    }

    public long points() {
        return points;
    }

    public RedemptionStatus status() {
        return status;
    }

    public String couponCode() {
        return couponCode;
    }

    public Long holdEntryId() {
        return holdEntryId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** Why a reward was offered free of points; null for a redemption. */
    public String offerReason() {
        return offerReason;
    }
}
