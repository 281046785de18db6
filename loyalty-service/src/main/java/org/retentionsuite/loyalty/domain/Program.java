package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.UUID;

/** A loyalty programme: one brand or region, with its base currency, time zone and earn rate. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    private UUID id;

    private String name;

    @Column(name = "currency_code")
    private String currencyCode;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "points_per_currency_unit", precision = 12, scale = 4)
    private BigDecimal pointsPerCurrencyUnit;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Program() {
    }

    public Program(ProgramTerms terms, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = terms.name();
        this.currencyCode = terms.currency().getCurrencyCode();
        this.timeZone = terms.timeZone().getId();
        this.pointsPerCurrencyUnit = terms.pointsPerCurrencyUnit();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Currency currency() {
        return Currency.getInstance(currencyCode);
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public BigDecimal pointsPerCurrencyUnit() {
        BigDecimal rate = pointsPerCurrencyUnit.stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
