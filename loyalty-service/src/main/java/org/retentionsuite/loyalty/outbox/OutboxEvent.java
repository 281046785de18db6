package org.retentionsuite.loyalty.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.retentionsuite.loyalty.domain.TimeOrderedIds;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** An event for another service, waiting in the outbox until the relay has delivered it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    private UUID id;

    private String destination;

    /** The event's id at the receiver, which de-duplicates by it. */
    @Column(name = "event_key")
    private String eventKey;

    private byte[] payload;

    @Column(name = "created_at")
    private Instant createdAt;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "dead_at")
    private Instant deadAt;

    @Column(name = "last_error")
    private String lastError;

    protected OutboxEvent() {
    }

    public OutboxEvent(String destination, String eventKey, byte[] payload, Instant now) {
        this.id = TimeOrderedIds.next();
        this.destination = destination;
        this.eventKey = eventKey;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public byte[] payload() {
        return payload;
    }

    public String eventKey() {
        return eventKey;
    }

    public int attempts() {
        return attempts;
    }

    void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** A failed attempt: try again after an exponential back-off, never later than {@code maxBackoff}. */
    void retryLater(String error, Instant now, Duration firstBackoff, Duration maxBackoff) {
        attempts++;
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
        lastError = truncate(error);
    }

    /** The receiver refused the event itself; it stays here, with the reason, for an operator. */
    void dead(String error, Instant now) {
        attempts++;
        deadAt = now;
        lastError = truncate(error);
    }

    private static String truncate(String error) {
        return error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
