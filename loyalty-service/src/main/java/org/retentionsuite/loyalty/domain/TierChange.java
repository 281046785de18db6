package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member's move from one tier to another, with the reason. */
@Entity
@Table(name = "tier_change")
public class TierChange {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "from_tier")
    private UUID fromTier;

    @Column(name = "to_tier")
    private UUID toTier;

    private String reason;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected TierChange() {
    }

    public TierChange(UUID memberId, UUID fromTier, UUID toTier, String reason, Instant changedAt) {
        this.id = TimeOrderedIds.next();
        this.memberId = memberId;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.reason = reason;
        this.changedAt = changedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public UUID fromTier() {
        return fromTier;
    }

    public UUID toTier() {
        return toTier;
    }

    public String reason() {
        return reason;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
