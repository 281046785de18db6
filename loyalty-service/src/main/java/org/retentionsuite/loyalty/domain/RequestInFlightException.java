package org.retentionsuite.loyalty.domain;

/** A request with the same idempotency key is being processed right now. */
public class RequestInFlightException extends RuntimeException {

    public RequestInFlightException(String key) {
        super("a request with idempotency key " + key + " is still being processed; retry later");
    }
}
