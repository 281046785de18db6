package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A points multiplier for purchase lines of one SKU or category, within optional dates. */
@Entity
@Table(name = "earning_rule")
public class EarningRule {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    @Enumerated(EnumType.STRING)
    private EarningRuleMatch match;

    private String value;

    @Column(precision = 8, scale = 4)
    private BigDecimal multiplier;

    @Column(name = "active_from")
    private Instant activeFrom;

    @Column(name = "active_until")
    private Instant activeUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    protected EarningRule() {
    }

    public EarningRule(UUID programId, EarningRuleMatch match, String value, BigDecimal multiplier, Instant activeFrom,
            Instant activeUntil, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.match = match;
        this.value = value;
        this.multiplier = multiplier;
        this.activeFrom = activeFrom;
        this.activeUntil = activeUntil;
        this.createdAt = createdAt;
    }

    public boolean appliesTo(PurchaseLine line, Instant at) {
        boolean inDates = (activeFrom == null || !at.isBefore(activeFrom)) && (activeUntil == null || at.isBefore(activeUntil));
        String lineValue = match == EarningRuleMatch.SKU ? line.sku() : line.category();
        return inDates && value.equals(lineValue);
    }

    public String describe() {
        return multiplier().toPlainString() + "x points on " + match.name().toLowerCase() + " " + value;
    }

    public UUID id() {
        return id;
    }

    public UUID programId() {
        return programId;
    }

    public EarningRuleMatch match() {
        return match;
    }

    public String value() {
        return value;
    }

    public BigDecimal multiplier() {
        BigDecimal stripped = multiplier.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public Instant activeFrom() {
        return activeFrom;
    }

    public Instant activeUntil() {
        return activeUntil;
    }
}
