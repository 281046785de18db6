package org.retentionsuite.gateway.error;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details document; {@code errors} names each invalid field, {@code requestId} is
 * the request's {@code X-Request-Id} (for support and the logs).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
        String requestId) {

    /** One invalid field: its JSON path in the request ({@code name}, {@code amount.currency}, {@code [2].eventId}). */
    public record FieldError(String field, String message) {
    }
}
