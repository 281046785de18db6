package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /purpose-invitations}: invite one customer to the active survey of a purpose (with an Idempotency-Key). */
public record PurposeInvitationRequest(
        @NotBlank @Size(max = 100) String customerId,
        @NotNull SurveyPurpose purpose,
        @Size(max = 35) String language) {
}
