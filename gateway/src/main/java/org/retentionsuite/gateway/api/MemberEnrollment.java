package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /programs/{programId}/members}: {@code country} ISO 3166-1 alpha-2, {@code birthday}
 * "YYYY-MM-DD", {@code referralCode} the code of the member who referred this customer.
 */
public record MemberEnrollment(
        @NotBlank @Size(max = 128) String customerId,
        @Email @Size(max = 254) String email,
        @Size(max = 35) String locale,
        @Size(max = 200) String name,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as \"NL\"") String country,
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as \"1990-04-30\"") String birthday,
        Boolean marketingConsent,
        @Size(max = 64) String referralCode) {
}
