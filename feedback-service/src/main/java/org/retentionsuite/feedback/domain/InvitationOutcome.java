package org.retentionsuite.feedback.domain;

import java.time.Instant;

/** One customer's result of an invitation request; token, link and expiry only when INVITED. */
public record InvitationOutcome(String customerId, InvitationStatus status, String token, String link, Instant expiresAt) {

    public static InvitationOutcome throttled(String customerId) {
        return new InvitationOutcome(customerId, InvitationStatus.THROTTLED, null, null, null);
    }
}
