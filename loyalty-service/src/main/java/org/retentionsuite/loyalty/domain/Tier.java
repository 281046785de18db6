package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A step of a programme's tier ladder: reached from its threshold, with its earn multiplier and perks. */
@Entity
@Table(name = "tier")
public class Tier {

    @Id
    private UUID id;

    @Column(name = "program_id")
    private UUID programId;

    private String name;

    private int rank;

    private long threshold;

    @Column(name = "earn_multiplier", precision = 6, scale = 3)
    private BigDecimal earnMultiplier;

    /** One perk per line. */
    private String perks;

    protected Tier() {
    }

    public Tier(UUID programId, String name, int rank, long threshold, BigDecimal earnMultiplier, List<String> perks) {
        this.id = UUID.randomUUID();
        this.programId = programId;
        this.name = name;
        this.rank = rank;
        this.threshold = threshold;
        this.earnMultiplier = earnMultiplier;
        this.perks = String.join("\n", perks);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int rank() {
        return rank;
    }

    public long threshold() {
        return threshold;
    }

    public BigDecimal earnMultiplier() {
        BigDecimal stripped = earnMultiplier.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public List<String> perks() {
        return perks.isEmpty() ? List.of() : Arrays.asList(perks.split("\n"));
    }
}
