package org.retentionsuite.gateway.api;

/** How a {@code SUPPORT_CONTACT} ended. */
public enum SupportOutcome {
    RESOLVED,
    UNRESOLVED
}
