package org.retentionsuite.loyalty.domain;

/** What a return does when the order's points were spent already. */
public enum ReturnPolicy {
    /** The member owes the points (a debt paid from the next earnings). */
    ALLOW_NEGATIVE,
    /** The balance stops at zero; what could not be taken back is recorded as a shortfall. */
    STOP_AT_ZERO
}
