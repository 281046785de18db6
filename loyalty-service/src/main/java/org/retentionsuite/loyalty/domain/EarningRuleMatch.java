package org.retentionsuite.loyalty.domain;

public enum EarningRuleMatch {
    SKU,
    CATEGORY
}
