package org.retentionsuite.gateway.api;

/** The period a tier's qualifying value is counted over. */
public enum TierWindow {
    ROLLING_DAYS, CALENDAR_YEAR
}
