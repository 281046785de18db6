package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;

/** A recorded purchase: what it earned, and how much of it was returned since. */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Column(name = "member_id")
    private UUID memberId;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "amount_minor")
    private long amountMinor;

    /** The amount in the programme's currency, for spend-based tiers. */
    @Column(name = "program_amount_minor")
    private long programAmountMinor;

    private long points;

    @Column(name = "lot_id")
    private UUID lotId;

    @Column(name = "returned_minor")
    private long returnedMinor;

    @Column(name = "points_reversed")
    private long pointsReversed;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected Purchase() {
    }

    public Purchase(UUID memberId, PurchaseDraft draft, long programAmountMinor, long points, UUID lotId) {
        this.id = TimeOrderedIds.next();
        this.programId = draft.programId();
        this.memberId = memberId;
        this.orderId = draft.orderId();
        this.currencyCode = draft.currency().getCurrencyCode();
        this.amountMinor = draft.amountMinor();
        this.programAmountMinor = programAmountMinor;
        this.points = points;
        this.lotId = lotId;
        this.occurredAt = draft.occurredAt();
    }

    /**
     * Registers a return of {@code returnedMinor} and says how many points it takes back: the
     * order's points in proportion to the amount returned, computed on the running total so that
     * several partial returns never take back more (or less) than a single full one would.
     */
    public long registerReturn(String currency, long returned) {
        if (!currencyCode.equals(currency)) {
            throw new InvalidRequestException("amount.currency_code", "must be the order's currency " + currencyCode);
        }
        if (returnedMinor + returned > amountMinor) {
            throw new FailedPreconditionException(FailedPreconditionException.RETURN_EXCEEDS_ORDER,
                    "order " + orderId + " has " + (amountMinor - returnedMinor) + " minor units left to return, not " + returned);
        }
        returnedMinor += returned;
        long reversedAfter = BigInteger.valueOf(points).multiply(BigInteger.valueOf(returnedMinor))
                .divide(BigInteger.valueOf(amountMinor)).longValueExact();
        long reversedNow = reversedAfter - pointsReversed;
        pointsReversed = reversedAfter;
        return reversedNow;
    }

    public UUID programId() {
        return programId;
    }

    public String currencyCode() {
        return currencyCode;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public long programAmountMinor() {
        return programAmountMinor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public UUID id() {
        return id;
    }

    public UUID memberId() {
        return memberId;
    }

    public String orderId() {
        return orderId;
    }

    public long points() {
        return points;
    }

    public UUID lotId() {
        return lotId;
    }
}
