package org.retentionsuite.feedback.domain;

/** The periods metrics are grouped by; the name is PostgreSQL's date_trunc unit. */
public enum MetricsBucket {
    DAY("day"),
    WEEK("week"),
    MONTH("month");

    private final String sqlUnit;

    MetricsBucket(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    public String sqlUnit() {
        return sqlUnit;
    }
}
