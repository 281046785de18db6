package org.retentionsuite.gateway.api;

/** Where a response was given. */
public enum ResponseChannel {
    WEB,
    EMAIL,
    SMS,
    IN_APP,
    API
}
