package org.retentionsuite.segmentation.domain;

import java.time.LocalDate;

/**
 * What the business knows about a customer besides their activity; null means unknown. The
 * acquisition cost is in minor units of the reporting currency.
 */
public record CustomerAttributes(String customerId, String country, String language, LocalDate signedUpOn,
        String acquisitionChannel, Long acquisitionCostMinor, String referredBy) {
}
