package org.retentionsuite.segmentation.domain.vip;

/** What makes a customer a VIP. */
public enum VipRanking {
    /** Purchases less returns, all time; ties by purchases, then customer id. */
    SPEND,
    /** Purchases, all time; ties by spend, then customer id. */
    FREQUENCY,
    /** Discounted CLV one year ahead under the latest fit; ties by customer id. */
    CLV
}
