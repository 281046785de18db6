package org.retentionsuite.feedback.domain;

/** A response saved part-way, or completed (and then final). */
public enum ResponseStatus {
    STARTED, COMPLETED
}
