package org.retentionsuite.gateway.error;

import java.net.URI;

/** Every kind of problem the API answers with; each has a stable type URI. */
public enum ProblemType {

    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    UNAUTHORIZED(401, "unauthorized", "Credentials are missing or not valid"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    SERVICE_FAILURE(502, "service-failure", "A service failed"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service is unavailable"),
    SERVICE_TIMEOUT(504, "service-timeout", "A service did not answer in time");

    /** Problem type URIs are relative to the API's host: {@code /problems/<slug>}. */
    private static final String BASE = "/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String title() {
        return title;
    }
}
