package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code POST /surveys/{surveyId}/invitations}: the customers to invite, optionally in one of the survey's languages. */
public record InvitationBatch(
        @NotEmpty List<String> customerIds,
        @Size(max = 35) String language) {
}
