package org.retentionsuite.segmentation.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The de-duplication key of an event: the first 16 bytes of the SHA-256 of its id (UTF-8), as a uuid.
 * Sixteen bytes keep the key index a third of the size of one on the id text (64 hex characters for
 * imports), which is what a bulk import writes into, page by page. Two ids sharing a key would need a
 * 128-bit collision of SHA-256, which nobody can produce on purpose. Migration V46 computes the same in SQL.
 */
public final class EventKey {

    private EventKey() {
    }

    public static UUID of(String eventId) {
        return of(eventId, sha256());
    }

    /** The key, with a digest the caller reuses from event to event (a bulk import hashes hundreds of thousands). */
    public static UUID of(String eventId, MessageDigest sha256) {
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest(eventId.getBytes(StandardCharsets.UTF_8)));
        return new UUID(digest.getLong(), digest.getLong());
    }

    /** A new SHA-256 digest (one per thread: it is not thread-safe). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
