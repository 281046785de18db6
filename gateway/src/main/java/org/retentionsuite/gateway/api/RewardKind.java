package org.retentionsuite.gateway.api;

public enum RewardKind {
    FIXED_DISCOUNT,
    PERCENTAGE_DISCOUNT,
    FREE_PRODUCT,
    EXPERIENCE,
    CASHBACK
}
