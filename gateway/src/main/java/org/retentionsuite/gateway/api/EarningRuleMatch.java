package org.retentionsuite.gateway.api;

/** What a purchase line's earning rule matches on. */
public enum EarningRuleMatch {
    SKU,
    CATEGORY
}
