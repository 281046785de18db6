package org.retentionsuite.loyalty.domain;

public enum TierBasis {
    POINTS_EARNED,
    SPEND
}
