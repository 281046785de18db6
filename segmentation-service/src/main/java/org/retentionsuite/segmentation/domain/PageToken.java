package org.retentionsuite.segmentation.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** An opaque cursor: the last key of the previous page, base64url-encoded. */
public final class PageToken {

    private PageToken() {
    }

    public static String of(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page; a violation when the token is not one this service gave out. */
    public static String lastKey(Violations violations, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            if (!key.isEmpty()) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        violations.add("page_token", "is not a token of a previous page");
        return null;
    }

    /** 0 means {@code fallback}; otherwise 1 to {@code max}. */
    public static int size(Violations violations, int requested, int fallback, int max) {
        if (requested == 0) {
            return fallback;
        }
        if (requested < 0 || requested > max) {
            violations.add("page_size", "must be 1 to " + max);
        }
        return requested;
    }
}
