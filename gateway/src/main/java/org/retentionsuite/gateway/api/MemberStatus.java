package org.retentionsuite.gateway.api;

/** Whether a member can earn and redeem. */
public enum MemberStatus {
    ACTIVE, SUSPENDED
}
