package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How a programme's members qualify for its tiers: on what, within which window. */
@Entity
@Table(name = "tier_ladder")
public class TierLadder {

    @Id
    @Column(name = "program_id")
    private UUID programId;

    @Enumerated(EnumType.STRING)
    private TierBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    private TierWindowKind windowKind;

    @Column(name = "window_days")
    private int windowDays;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TierLadder() {
    }

    public TierLadder(UUID programId, TierBasis basis, TierWindowKind windowKind, int windowDays, Instant createdAt) {
        this.programId = programId;
        this.basis = basis;
        this.windowKind = windowKind;
        this.windowDays = windowDays;
        this.createdAt = createdAt;
    }

    /** The highest tier whose threshold the value reaches; empty below the first tier. */
    public static Optional<Tier> reachedWith(long value, List<Tier> tiers) {
        return tiers.stream().filter(t -> t.threshold() <= value).max(Comparator.comparingInt(Tier::rank));
    }

    public TierWindow currentWindow(Instant now, ZoneId zone) {
        return TierWindow.current(windowKind, windowDays, now, zone);
    }

    public TierWindow evaluationWindow(Instant now, ZoneId zone) {
        return TierWindow.lastEnded(windowKind, windowDays, now, zone);
    }

    public UUID programId() {
        return programId;
    }

    public TierBasis basis() {
        return basis;
    }

    public TierWindowKind windowKind() {
        return windowKind;
    }

    public int windowDays() {
        return windowDays;
    }
}
