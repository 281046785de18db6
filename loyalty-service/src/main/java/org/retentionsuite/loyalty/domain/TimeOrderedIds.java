package org.retentionsuite.loyalty.domain;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ids for rows written on every purchase (lots, purchases, tier changes, outbox events, …): UUID
 * version 7 (RFC 9562), 48 bits of Unix milliseconds, then 74 random bits. Rows written together
 * get neighbouring keys, so their primary-key inserts land on the rightmost pages of the index
 * instead of a random page each: with tables larger than the database's buffers, a random key
 * reads a page and, after every checkpoint, writes a whole page image into the WAL per insert.
 *
 * <p>Ids of the same millisecond are in random order among themselves; nothing reads order from
 * them. The random bits are not from a secure generator: these ids are keys, not secrets.
 */
public final class TimeOrderedIds {

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    static UUID at(long unixMillis, ThreadLocalRandom random) {
        long most = (unixMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random.nextInt() & 0x0FFFL);
        long least = 0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(most, least);
    }
}
