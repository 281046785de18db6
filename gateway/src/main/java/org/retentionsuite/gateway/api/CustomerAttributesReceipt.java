package org.retentionsuite.gateway.api;

/** What an attributes batch did: customers new to the service, and customers whose attributes changed. */
public record CustomerAttributesReceipt(int created, int updated) {
}
