package org.retentionsuite.gateway.api;

/** When earned points expire: never, some days after earning, or at the end of a month or year. */
public enum ExpiryKind {
    NEVER,
    AFTER_DAYS,
    END_OF_MONTH,
    END_OF_YEAR
}
