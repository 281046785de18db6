package org.retentionsuite.segmentation.domain;

/** How a support contact ended. */
public enum SupportOutcome {
    RESOLVED,
    UNRESOLVED
}
