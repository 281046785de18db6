package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /programs/{programId}/members/{customerId}/suspend}. */
public record MemberSuspension(@NotBlank @Size(max = 300) String reason) {
}
