package org.retentionsuite.feedback.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A message for another service that waits here until the relay has delivered it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id;

    private String destination;

    /** What the receiver de-duplicates by: the response id. */
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

    OutboxEvent(String destination, String eventKey, byte[] payload, Instant now) {
        this.id = UUID.randomUUID();
        this.destination = destination;
        this.eventKey = eventKey;
        this.payload = payload.clone();
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    byte[] payload() {
        return payload.clone();
    }

    String eventKey() {
        return eventKey;
    }

    void delivered(Instant now) {
        attempts++;
        deliveredAt = now;
        lastError = null;
    }

    /** A failed attempt: the next one waits twice as long as the last, up to {@code maxBackoff}. */
    void retryLater(String error, Instant now, Duration firstBackoff, Duration maxBackoff) {
        attempts++;
        Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
        lastError = truncate(error);
    }

    /** The receiver refused the event itself: it is kept, with the reason, and not tried again. */
    void dead(String error, Instant now) {
        attempts++;
        deadAt = now;
        lastError = truncate(error);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
