package org.retentionsuite.segmentation.domain.clv;

/** The unit the CLV models count time in: recency, age, horizons and the purchase rate. */
public enum ClvTimeUnit {
    DAY(1),
    WEEK(7);

    private final int days;

    ClvTimeUnit(int days) {
        this.days = days;
    }

    /** A number of days in this unit (WEEK: days / 7). */
    public double of(long days) {
        return (double) days / this.days;
    }

    public int days() {
        return days;
    }

    /** One year in this unit, the default horizon: 52 weeks or 365 days. */
    public int periodsPerYear() {
        return this == WEEK ? 52 : 365;
    }
}
