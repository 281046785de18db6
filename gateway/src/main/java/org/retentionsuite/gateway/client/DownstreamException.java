package org.retentionsuite.gateway.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** A call to one of the services failed with a gRPC status. */
public class DownstreamException extends RuntimeException {

    private final String service;
    private final StatusRuntimeException failure;

    public DownstreamException(String service, StatusRuntimeException failure) {
        super(service + " answered " + failure.getStatus().getCode() + ": " + failure.getStatus().getDescription(), failure,
                false, false);
        this.service = service;
        this.failure = failure;
    }

    /** The service's name as people know it: "loyalty", "feedback", "segmentation". */
    public String service() {
        return service;
    }

    public Status status() {
        return failure.getStatus();
    }

    public StatusRuntimeException failure() {
        return failure;
    }
}
