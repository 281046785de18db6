package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** "3 purchases in 30 days": completing it earns a badge, once, and optional bonus points. */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    private String name;

    private String badge;

    @Enumerated(EnumType.STRING)
    private ChallengeMetric metric;

    private long target;

    @Column(name = "window_days")
    private int windowDays;

    @Column(name = "bonus_points")
    private long bonusPoints;

    @Column(name = "active_from")
    private Instant activeFrom;

    @Column(name = "active_until")
    private Instant activeUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Challenge() {
    }

    public Challenge(UUID programId, String name, String badge, ChallengeMetric metric, long target, int windowDays,
            long bonusPoints, Instant activeFrom, Instant activeUntil, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.name = name;
        this.badge = badge;
        this.metric = metric;
        this.target = target;
        this.windowDays = windowDays;
        this.bonusPoints = bonusPoints;
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
        this.createdAt = createdAt;
    }

    public boolean isActiveAt(Instant at) {
        return (activeFrom == null || !at.isBefore(activeFrom)) && (activeUntil == null || at.isBefore(activeUntil));
    }

    /** The window a purchase at {@code at} is counted in. */
    public TierWindow windowEndingAt(Instant at) {
        return new TierWindow(at.minus(Duration.ofDays(windowDays)), at.plusNanos(1000));
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String name() {
        return name;
    }

    public String badge() {
        return badge;
    }

    public ChallengeMetric metric() {
        return metric;
    }

    public long target() {
        return target;
    }

    public int windowDays() {
        return windowDays;
    }

    public long bonusPoints() {
        return bonusPoints;
    }

    public Instant activeFrom() {
        return activeFrom;
    }

    public Instant activeUntil() {
        return activeUntil;
    }
}
