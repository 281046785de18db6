package org.retentionsuite.gateway.api;

import java.time.Instant;

/** One customer of an invitation request: INVITED with a single-use token and link, or THROTTLED (fatigue). */
public record InvitationItem(String customerId, String status, String token, String link, Instant expiresAt) {
}
