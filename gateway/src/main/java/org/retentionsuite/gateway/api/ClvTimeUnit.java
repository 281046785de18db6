package org.retentionsuite.gateway.api;

/** The unit CLV models count time in. */
public enum ClvTimeUnit {
    DAY,
    WEEK
}
