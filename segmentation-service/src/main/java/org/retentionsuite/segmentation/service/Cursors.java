package org.retentionsuite.segmentation.service;

import org.retentionsuite.segmentation.domain.Violations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Page tokens are opaque to clients: the position of the last item, base64url-encoded. */
public final class Cursors {

    private Cursors() {
    }

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for a blank token; an InvalidRequestException on {@code page_token} for one we did not issue. */
    public static String decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static long decodeNumber(String token) {
        try {
            return Long.parseLong(decode(token));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A cursor of the form {@code <instant>/<uuid>} (lists ordered by time and id); null for a blank token. */
    public static Position position(String token) {
        String text = decode(token);
        if (text == null) {
            return null;
        }
        try {
            String[] parts = text.split("/", 2);
            return new Position(java.time.Instant.parse(parts[0]), java.util.UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public static String encode(java.time.Instant at, java.util.UUID id) {
        return encode(at + "/" + id);
    }

    public record Position(java.time.Instant at, java.util.UUID id) {
    }

    public static int pageSize(Violations violations, int requested, int fallback, int max) {
        if (requested < 0 || requested > max) {
            violations.add("page_size", "must be 1 to " + max + " (0 means " + fallback + ")");
            return fallback;
        }
        return requested == 0 ? fallback : requested;
    }

    public static RuntimeException invalid() {
        Violations violations = new Violations();
        violations.add("page_token", "is not a cursor this list issued");
        try {
            violations.throwIfAny();
        } catch (RuntimeException e) {
            return e;
        }
        throw new IllegalStateException();
    }
}
