package org.retentionsuite.loyalty.domain;

public enum ChallengeMetric {
    PURCHASES,
    SPEND
}
