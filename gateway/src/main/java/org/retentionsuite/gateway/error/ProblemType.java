package org.retentionsuite.gateway.error;

import java.net.URI;

/** Every kind of problem the API answers with; each has a stable type URI. */
public enum ProblemType {

    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    UNAUTHORIZED(401, "unauthorized", "Credentials are missing or not valid"),
    FORBIDDEN(403, "forbidden", "The credentials do not allow this request"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The request conflicts with the current state"),
    // Refusals of the loyalty service, one per reason it gives (see ServiceRefusals).
    NOT_ENOUGH_POINTS(409, "not-enough-points", "Not enough points"),
    OUT_OF_STOCK(409, "out-of-stock", "The reward is out of stock"),
    REWARD_NOT_AVAILABLE(409, "reward-not-available", "The reward is not available now"),
    MEMBER_LIMIT_REACHED(409, "member-limit-reached", "The member has reached the reward's limit"),
    RESERVATION_EXPIRED(409, "reservation-expired", "The reservation has expired"),
    REDEMPTION_NOT_OPEN(409, "redemption-not-open", "The redemption is not open any more"),
    MEMBER_SUSPENDED(409, "member-suspended", "The member is suspended"),
    RETURN_EXCEEDS_ORDER(409, "return-exceeds-order", "The return exceeds what is left of the order"),
    SELF_REFERRAL(409, "self-referral", "A customer cannot refer themselves"),
    REFERRAL_LIMIT_REACHED(409, "referral-limit-reached", "The referrer has reached the referral limit"),
    REQUEST_IN_FLIGHT(409, "request-in-flight", "A request with this idempotency key is still being processed"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The idempotency key was used for another request"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RATE_LIMITED(429, "rate-limited", "Too many requests"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    NOT_IMPLEMENTED(501, "not-implemented", "Not available yet"),
    SERVICE_FAILURE(502, "service-failure", "A service failed"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "A service is unavailable"),
    // The service failed repeatedly: the gateway answers at once without calling it until a probe succeeds.
    CIRCUIT_OPEN(503, "circuit-open", "The service keeps failing; the gateway does not call it for a while"),
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

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
