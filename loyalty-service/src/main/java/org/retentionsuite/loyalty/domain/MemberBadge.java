package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A badge a member earned by completing a challenge. */
@Entity
@Table(name = "member_badge")
public class MemberBadge {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "challenge_id")
    private UUID challengeId;

    private String badge;

    @Column(name = "earned_at")
    private Instant earnedAt;

    protected MemberBadge() {
    }

    public MemberBadge(UUID memberId, Challenge challenge, Instant earnedAt) {
        this.id = TimeOrderedIds.next();
        this.memberId = memberId;
        this.challengeId = challenge.id();
        this.badge = challenge.badge();
        this.earnedAt = earnedAt;
    }

    public UUID challengeId() {
        return challengeId;
    }

    public String badge() {
        return badge;
    }

    public Instant earnedAt() {
        return earnedAt;
    }
}
