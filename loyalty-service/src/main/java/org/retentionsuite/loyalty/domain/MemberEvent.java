package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An event that earned a member points; event caps count these. */
@Entity
@Table(name = "member_event")
public class MemberEvent {

    @Id
    private UUID id;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "event_key")
    private String eventKey;

    private long points;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected MemberEvent() {
    }

    public MemberEvent(UUID memberId, String eventKey, long points, Instant occurredAt) {
        this.id = TimeOrderedIds.next();
        this.memberId = memberId;
        this.eventKey = eventKey;
        this.points = points;
        this.occurredAt = occurredAt;
    }
}
