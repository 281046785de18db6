package org.retentionsuite.loyalty.domain;

public enum RewardKind {
    FIXED_DISCOUNT,
    PERCENTAGE_DISCOUNT,
    FREE_PRODUCT,
    EXPERIENCE,
    CASHBACK
}
