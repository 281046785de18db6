package org.retentionsuite.segmentation.domain.playbook;

import java.time.Instant;
import java.util.UUID;

/** A playbook's alert about one customer, for the business to follow up. */
public record PlaybookAlert(UUID id, UUID playbookId, String customerId, String message, Instant raisedAt) {
}
