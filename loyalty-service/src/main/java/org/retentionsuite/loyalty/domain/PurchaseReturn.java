package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A return applied to a purchase, once per return id. */
@Entity
@Table(name = "purchase_return")
public class PurchaseReturn {

    @Id
    private UUID id;

    @Column(name = "purchase_id")
    private UUID purchaseId;

    @Column(name = "return_id")
    private String returnId;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Column(name = "points_reversed")
    private long pointsReversed;

    private long shortfall;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected PurchaseReturn() {
    }

    public PurchaseReturn(UUID programId, UUID purchaseId, String returnId, long amountMinor, long pointsReversed,
            long shortfall, Instant occurredAt) {
        this.id = TimeOrderedIds.next();
        this.programId = programId;
        this.purchaseId = purchaseId;
        this.returnId = returnId;
        this.amountMinor = amountMinor;
        this.pointsReversed = pointsReversed;
        this.shortfall = shortfall;
        this.occurredAt = occurredAt;
    }

    public long pointsReversed() {
        return pointsReversed;
    }

    public long shortfall() {
        return shortfall;
    }
}
