package org.retentionsuite.gateway.mapping;

import org.retentionsuite.gateway.error.InvalidFieldException;

/** The {@code Idempotency-Key} header (IETF httpapi draft): a retry with the same key gets the first result. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {
    }

    static String required(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidFieldException(HEADER, "is required");
        }
        return optional(key);
    }

    /** An absent key is "" to the contracts. */
    static String optional(String key) {
        if (key == null) {
            return "";
        }
        if (key.length() > MAX_LENGTH) {
            throw new InvalidFieldException(HEADER, "is longer than " + MAX_LENGTH + " characters");
        }
        return key;
    }
}
