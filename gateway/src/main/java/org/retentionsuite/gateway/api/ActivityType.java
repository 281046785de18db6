package org.retentionsuite.gateway.api;

public enum ActivityType {
    PURCHASE,
    RETURN,
    VISIT,
    SUPPORT_CONTACT,
    FEEDBACK
}
