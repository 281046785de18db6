package org.retentionsuite.gateway.api;

/** What a challenge counts: purchases, or spend in minor units net of returns. */
public enum ChallengeMetric {
    PURCHASES, SPEND
}
