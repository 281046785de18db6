package org.retentionsuite.gateway.client;

import io.grpc.Status;

import java.time.Duration;

/** A call the gateway did not make because the service's circuit is open; answered 503 with Retry-After. */
public class CircuitOpenException extends DownstreamException {

    private final Duration retryAfter;

    public CircuitOpenException(String service, Duration retryAfter) {
        super(service, Status.UNAVAILABLE.withDescription("circuit open").asRuntimeException());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
