package org.retentionsuite.gateway.api;

/** Whether a response was only started (answers saved, not submitted) or completed. */
public enum ResponseStatus {
    STARTED,
    COMPLETED
}
