package org.retentionsuite.gateway.api;

/** The survey a purpose invitation went to and the customer's outcome (INVITED with token and link, or THROTTLED). */
public record PurposeInvitationView(String surveyId, InvitationItem invitation) {
}
