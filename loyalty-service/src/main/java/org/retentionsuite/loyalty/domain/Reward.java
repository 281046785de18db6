package org.retentionsuite.loyalty.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Something members spend points on. Stock is taken with a guarded update, never read-then-written. */
@Entity
@Table(name = "reward")
public class Reward {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Enumerated(EnumType.STRING)
    private RewardKind kind;

    @Column(name = "points_cost")
    private long pointsCost;

    private Long stock;

    @Column(name = "per_member_limit")
    private Integer perMemberLimit;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Embedded
    private RewardValue value;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reward_name", joinColumns = @JoinColumn(name = "reward_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new TreeMap<>();

    protected Reward() {
    }

    public Reward(UUID programId, RewardDraft draft, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.kind = draft.kind();
        this.pointsCost = draft.pointsCost();
        this.stock = draft.stock();
        this.perMemberLimit = draft.perMemberLimit();
        this.validFrom = draft.validFrom();
        this.validUntil = draft.validUntil();
        this.names = new TreeMap<>(draft.names());
        this.value = draft.value();
        this.createdAt = createdAt;
    }

    /** Refuses a redemption outside the reward's dates. */
    public void requireAvailableAt(Instant now) {
        if ((validFrom != null && now.isBefore(validFrom)) || (validUntil != null && !now.isBefore(validUntil))) {
            throw new FailedPreconditionException(FailedPreconditionException.REWARD_NOT_AVAILABLE,
                    "reward " + id + " can be redeemed only " + validity());
        }
    }

    private String validity() {
        return (validFrom == null ? "" : "from " + validFrom + " ") + (validUntil == null ? "" : "until " + validUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public RewardKind kind() {
        return kind;
    }

    public long pointsCost() {
        return pointsCost;
    }

    public Long stock() {
        return stock;
    }

    public Integer perMemberLimit() {
        return perMemberLimit;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    /** Null for a reward created without a value. */
    public RewardValue value() {
        return value;
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }
}
