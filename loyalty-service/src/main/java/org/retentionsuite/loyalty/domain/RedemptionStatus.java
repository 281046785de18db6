package org.retentionsuite.loyalty.domain;

public enum RedemptionStatus {
    RESERVED,
    COMMITTED,
    CANCELLED,
    EXPIRED
}
