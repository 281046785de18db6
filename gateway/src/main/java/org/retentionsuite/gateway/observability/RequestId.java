package org.retentionsuite.gateway.observability;

import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request has an id: the client's {@code X-Request-Id} when it is well-formed (1 to 128 of
 * letters, digits and {@code . _ : -}), else a new UUID. It is in the response's header and problem
 * body, in every log line ({@code %X{requestId}}) and in the gRPC metadata {@code x-request-id}.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String METADATA = "x-request-id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The id for a request that presented {@code presented} (null when it sent none). */
    public static String accept(String presented) {
        return presented != null && WELL_FORMED.matcher(presented).matches() ? presented : UUID.randomUUID().toString();
    }

    /** The id of the request being handled, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
