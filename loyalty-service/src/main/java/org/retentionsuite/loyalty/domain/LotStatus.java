package org.retentionsuite.loyalty.domain;

public enum LotStatus {
    PENDING,
    ACTIVE,
    EXPIRED
}
