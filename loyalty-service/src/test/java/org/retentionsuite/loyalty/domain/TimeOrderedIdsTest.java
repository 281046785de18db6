package org.retentionsuite.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_795_000_000_123L; // in November 2026
        UUID id = TimeOrderedIds.at(millis, ThreadLocalRandom.current());

        assertEquals(7, id.version());
        assertEquals(2, id.variant()); // RFC 9562
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsPostgresqlComparesUuids() {
        UUID earlier = TimeOrderedIds.at(1_795_000_000_123L, ThreadLocalRandom.current());
        UUID later = TimeOrderedIds.at(1_795_000_000_124L, ThreadLocalRandom.current());

        // PostgreSQL orders uuids by their bytes, unsigned, from the first: the string form has that order.
        assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " before " + later);
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_795_000_000_123L, ThreadLocalRandom.current()));
        }
        assertEquals(100_000, ids.size());
    }
}
