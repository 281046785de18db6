package org.retentionsuite.loyalty.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.UUID;

/** How many points an entry (spend, reservation, return) took from one lot. */
@Entity
@Table(name = "lot_allocation")
public class LotAllocation {

    @Embeddable
    public record Key(@Column(name = "entry_id") Long entryId, @Column(name = "lot_id") UUID lotId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private long points;

    protected LotAllocation() {
    }

    public LotAllocation(Long entryId, UUID lotId, long points) {
        this.key = new Key(entryId, lotId);
        this.points = points;
    }

    public UUID lotId() {
        return key.lotId();
    }

    public long points() {
        return points;
    }
}
