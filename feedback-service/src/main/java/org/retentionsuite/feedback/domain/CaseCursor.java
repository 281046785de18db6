package org.retentionsuite.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Where a page of cases ended: the last case's opening time and id, as an opaque string. */
public record CaseCursor(Instant openedAt, UUID id) {

    public static CaseCursor of(FollowUpCase last) {
        return new CaseCursor(last.openedAt(), last.id());
    }

    public String encode() {
        String plain = openedAt.getEpochSecond() + ":" + openedAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a page handed out; INVALID_ARGUMENT on {@code field} for anything else. */
    public static CaseCursor decode(String field, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length == 3) {
                return new CaseCursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException | java.time.DateTimeException unreadable) {
            // answered below
        }
        Violations violations = new Violations();
        violations.add(field, "is not a cursor this service handed out");
        violations.throwIfAny();
        return null;
    }
}
