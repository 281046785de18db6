package org.retentionsuite.segmentation.domain;

/** What a customer did. */
public enum ActivityType {
    PURCHASE,
    RETURN,
    VISIT,
    SUPPORT_CONTACT,
    FEEDBACK;

    /** Purchases and returns move money, so they must say how much. */
    public boolean requiresAmount() {
        return this == PURCHASE || this == RETURN;
    }
}
