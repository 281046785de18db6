package org.retentionsuite.loyalty.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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

    @Enumerated(EnumType.STRING)
    @Column(name = "rounding_mode")
    private RoundingMode roundingMode;

    @Column(name = "pending_days")
    private int pendingDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "expiry_kind")
    private ExpiryKind expiryKind;

    @Column(name = "expiry_days")
    private int expiryDays;

    @Column(name = "expiry_periods_after")
    private int expiryPeriodsAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_policy")
    private ReturnPolicy returnPolicy;

    @Column(name = "reservation_minutes")
    private int reservationMinutes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "program_exchange_rate", joinColumns = @JoinColumn(name = "program_id"))
    @MapKeyColumn(name = "currency_code")
    @Column(name = "rate", precision = 18, scale = 8)
    private Map<String, BigDecimal> exchangeRates = new TreeMap<>();

    protected Program() {
    }

    public Program(ProgramTerms terms, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = terms.name();
        this.currencyCode = terms.currency().getCurrencyCode();
        this.timeZone = terms.timeZone().getId();
        this.pointsPerCurrencyUnit = terms.pointsPerCurrencyUnit();
        this.createdAt = createdAt;
        this.roundingMode = terms.rounding();
        this.pendingDays = terms.pendingDays();
        this.expiryKind = terms.expiry().kind();
        this.expiryDays = terms.expiry().days();
        this.expiryPeriodsAfter = terms.expiry().periodsAfter();
        this.returnPolicy = terms.returnPolicy();
        this.reservationMinutes = terms.reservationMinutes();
        this.exchangeRates = new TreeMap<>(terms.exchangeRates());
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

    public RoundingMode roundingMode() {
        return roundingMode;
    }

    public int pendingDays() {
        return pendingDays;
    }

    public ExpiryPolicy expiry() {
        return new ExpiryPolicy(expiryKind, expiryDays, expiryPeriodsAfter);
    }

    public ReturnPolicy returnPolicy() {
        return returnPolicy;
    }

    public int reservationMinutes() {
        return reservationMinutes;
    }

    public Map<String, BigDecimal> exchangeRates() {
        return Map.copyOf(exchangeRates);
    }

    /** What one unit of {@code currency} is worth in the programme's currency; empty when no rate is configured. */
    public Optional<BigDecimal> rateFor(Currency currency) {
        if (currency.getCurrencyCode().equals(currencyCode)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(exchangeRates.get(currency.getCurrencyCode()));
    }

    /** An amount in {@code currency} as minor units of the programme's currency, at the configured rate. */
    public long toProgramMinor(Currency currency, long amountMinor) {
        BigDecimal rate = rateFor(currency).orElseThrow(() -> new InvalidRequestException("amount.currency_code",
                "has no exchange rate in programme " + id + " (" + currencyCode + ")"));
        return BigDecimal.valueOf(amountMinor, Math.max(currency.getDefaultFractionDigits(), 0)).multiply(rate)
                .setScale(Math.max(currency().getDefaultFractionDigits(), 0), java.math.RoundingMode.HALF_EVEN)
                .unscaledValue().longValueExact();
    }

    /** When points earned at {@code earnedAt} become spendable. */
    public Instant activationOf(Instant earnedAt) {
        return earnedAt.atZone(timeZone()).plusDays(pendingDays).toInstant();
    }
}
