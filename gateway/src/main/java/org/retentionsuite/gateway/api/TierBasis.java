package org.retentionsuite.gateway.api;

/** What qualifies a member for a tier: points earned or spend (minor units), within the window. */
public enum TierBasis {
    POINTS_EARNED, SPEND
}
