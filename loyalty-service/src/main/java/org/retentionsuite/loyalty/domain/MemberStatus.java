package org.retentionsuite.loyalty.domain;

public enum MemberStatus {
    ACTIVE,
    SUSPENDED
}
