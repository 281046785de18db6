package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One append-only line of a member's ledger; its deltas say how it moved each part of the balance. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private LedgerEntryKind kind;

    @Column(name = "active_delta")
    private long activeDelta;

    @Column(name = "pending_delta")
    private long pendingDelta;

    @Column(name = "reserved_delta")
    private long reservedDelta;

    @Column(name = "debt_delta")
    private long debtDelta;

    private String reference;

    private String description;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected LedgerEntry() {
    }

    private LedgerEntry(UUID memberId, LedgerEntryKind kind, long activeDelta, long pendingDelta, long reservedDelta,
            long debtDelta, String reference, String description, Instant occurredAt, Instant recordedAt) {
        this.memberId = memberId;
        this.kind = kind;
        this.activeDelta = activeDelta;
        this.pendingDelta = pendingDelta;
        this.reservedDelta = reservedDelta;
        this.debtDelta = debtDelta;
        this.reference = reference;
        this.description = description;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
    }

    /** The deltas of an entry: how many points it moves into (+) or out of (-) each part of the balance. */
    public record Deltas(long active, long pending, long reserved, long debt) {
    }

    public static LedgerEntry of(UUID memberId, LedgerEntryKind kind, Deltas deltas, String reference,
            String description, Instant occurredAt, Instant recordedAt) {
        return new LedgerEntry(memberId, kind, deltas.active(), deltas.pending(), deltas.reserved(), deltas.debt(),
                reference, description, occurredAt, recordedAt);
    }

    public Long id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public LedgerEntryKind kind() {
        return kind;
    }

    public long activeDelta() {
        return activeDelta;
    }

    public long pendingDelta() {
        return pendingDelta;
    }

    public long reservedDelta() {
        return reservedDelta;
    }

    public long debtDelta() {
        return debtDelta;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
