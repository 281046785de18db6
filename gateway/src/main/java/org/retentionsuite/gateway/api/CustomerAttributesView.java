package org.retentionsuite.gateway.api;

/** A customer's attributes; null where unknown. */
public record CustomerAttributesView(String country, String language, String signedUpOn, String acquisitionChannel,
        MoneyAmount acquisitionCost, String referredBy) {
}
