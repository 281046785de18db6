package org.retentionsuite.loyalty.domain;

public enum LedgerEntryKind {
    EARN,
    ACTIVATE,
    SPEND,
    RESERVE,
    RELEASE,
    EXPIRE,
    RETURN,
    ADJUST
}
