package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /programs/{programId}/members}. */
public record MemberEnrollment(
        @NotBlank @Size(max = 128) String customerId,
        @Email @Size(max = 254) String email,
        @Size(max = 35) String locale,
        @Size(max = 200) String name) {
}
