package org.retentionsuite.loyalty.domain;

public enum ExpiryKind {
    NEVER,
    AFTER_DAYS,
    END_OF_MONTH,
    END_OF_YEAR
}
