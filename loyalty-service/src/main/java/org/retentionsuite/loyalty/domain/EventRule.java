package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The points an event earns, within optional dates and a cap per member and period. */
@Entity
@Table(name = "event_rule")
public class EventRule {

    /** Events the suite raises itself. */
    public static final String SIGN_UP = "sign_up";
    public static final String BIRTHDAY = "birthday";
    public static final String REFERRAL = "referral";
    public static final String REFERRED = "referred";

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "event_key")
    private String eventKey;

    private long points;

    @Column(name = "cap_count")
    private int capCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "cap_period")
    private CapPeriod capPeriod;

    @Column(name = "active_from")
    private Instant activeFrom;

    @Column(name = "active_until")
    private Instant activeUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    protected EventRule() {
    }

    public EventRule(UUID programId, String eventKey, long points, int capCount, CapPeriod capPeriod, Instant activeFrom,
            Instant activeUntil, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.eventKey = eventKey;
        this.points = points;
        this.capCount = capCount;
        this.capPeriod = capCount > 0 ? capPeriod : null;
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
        this.createdAt = createdAt;
    }

    public boolean isActiveAt(Instant at) {
        return (activeFrom == null || !at.isBefore(activeFrom)) && (activeUntil == null || at.isBefore(activeUntil));
    }

    public boolean isCapped() {
        return capCount > 0;
    }

    /** The most referrals a member may make per week: the referral rule's weekly cap, if it has one. */
    public Integer weeklyLimit() {
        return capCount > 0 && capPeriod == CapPeriod.WEEK ? capCount : null;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public String eventKey() {
        return eventKey;
    }

    public long points() {
        return points;
    }

    public int capCount() {
        return capCount;
    }

    public CapPeriod capPeriod() {
        return capPeriod;
    }

    public Instant activeFrom() {
        return activeFrom;
    }

    public Instant activeUntil() {
        return activeUntil;
    }
}
