package org.retentionsuite.gateway.api;

/** What a return does when the order's points were spent already. */
public enum ReturnPolicy {
    ALLOW_NEGATIVE,
    STOP_AT_ZERO
}
