package org.retentionsuite.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The balance after an entry: the rule both the JDBC purchase path and the Hibernate entities apply. */
class BalanceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final UUID MEMBER = UUID.randomUUID();

    @Test
    void anEarningOf80PaysTheDebtOf30FirstAndCountsAll80AsEarned() {
        Balance owing = new Balance(0, 0, 0, 100, 40, 0, 30);

        Balance after = owing.after(entry(LedgerEntryKind.EARN, 50, 0, 0, -30));

        assertEquals(new Balance(50, 0, 0, 180, 40, 0, 0), after);
    }

    @Test
    void aSpendOfReservedPointsCountsAsSpentAndAnExpiryAsExpired() {
        Balance held = new Balance(80, 0, 20, 100, 0, 0, 0);

        Balance after = held.after(entry(LedgerEntryKind.SPEND, 0, 0, -20, 0))
                .after(entry(LedgerEntryKind.EXPIRE, -30, 0, 0, 0));

        assertEquals(new Balance(50, 0, 0, 100, 20, 30, 0), after);
    }

    @Test
    void anEntryThatWouldOverdrawIsRefused() {
        Balance some = new Balance(10, 0, 0, 10, 0, 0, 0);

        assertThrows(IllegalStateException.class, () -> some.after(entry(LedgerEntryKind.SPEND, -11, 0, 0, 0)));
    }

    private static LedgerEntry entry(LedgerEntryKind kind, long active, long pending, long reserved, long debt) {
        return LedgerEntry.of(MEMBER, kind, new LedgerEntry.Deltas(active, pending, reserved, debt), null, "test", NOW, NOW);
    }
}
