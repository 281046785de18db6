package org.retentionsuite.gateway.api;

/** The period an event rule's cap counts over. */
public enum CapPeriod {
    DAY, WEEK, MONTH, LIFETIME
}
