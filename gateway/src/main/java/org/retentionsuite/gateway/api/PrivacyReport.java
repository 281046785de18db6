package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The outcome of a privacy request in each service. {@code status} is "done" only when every
 * service did its part; otherwise "incomplete", and the request can be sent again.
 */
public record PrivacyReport(String customerId, String status, Map<String, ServiceOutcome> services) {

    public static final String DONE = "done";
    public static final String INCOMPLETE = "incomplete";

    /**
     * One service's part: {@code outcome} "done" or "failed"; {@code detail} says what was done or
     * why it failed; {@code data} is what the service holds on the customer (exports only).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ServiceOutcome(String outcome, String detail, JsonNode data) {
    }
}
