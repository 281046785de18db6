package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One element of {@code POST /customers/attributes}: replaces what is known of the customer; an
 * absent field means unknown. {@code country} ISO 3166-1 alpha-2, {@code language} BCP 47,
 * {@code signedUpOn} an ISO date, {@code referredBy} the referrer's customer id.
 */
public record CustomerAttributesUpdate(@NotBlank @Size(max = 128) String customerId, String country, String language,
        String signedUpOn, String acquisitionChannel, @Valid MoneyAmount acquisitionCost, String referredBy) {
}
