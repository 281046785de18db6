package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;

/** A playbook's alerts, newest first. */
public record PlaybookAlertPage(List<Alert> items, String nextCursor) {

    public record Alert(String id, String customerId, String message, Instant raisedAt) {
    }
}
