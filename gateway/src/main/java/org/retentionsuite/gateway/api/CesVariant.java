package org.retentionsuite.gateway.api;

/** A CES survey's scale: AGREEMENT_7 ("it was easy", 1-7, the default) or EFFORT_5 (1-5, lower is easier). */
public enum CesVariant {
    AGREEMENT_7, EFFORT_5
}
