package org.retentionsuite.loyalty.domain;

public enum TierWindowKind {
    ROLLING_DAYS,
    CALENDAR_YEAR
}
