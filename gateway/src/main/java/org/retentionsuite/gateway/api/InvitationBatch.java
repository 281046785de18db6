package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /surveys/{surveyId}/invitations}: the customers to invite, optionally in one of the
 * survey's languages, with their {@code country} (ISO 3166-1 alpha-2) and {@code attributes} (up to 20,
 * such as {"store": "Berlin"}) for metrics broken down by either.
 */
public record InvitationBatch(
        @NotEmpty List<String> customerIds,
        @Size(max = 35) String language,
        @Size(max = 2) String country,
        @Size(max = 20) Map<String, String> attributes) {
}
