package org.retentionsuite.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpiryPolicyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void endOfMonthIsMidnightOfTheFirstOfTheNextMonthInTokyo() {
        ExpiryPolicy endOfMonth = new ExpiryPolicy(ExpiryKind.END_OF_MONTH, 0, 0);

        // 31 January 16:00 UTC is already 1 February 01:00 in Tokyo: the points belong to February.
        Instant expires = endOfMonth.expiresAt(Instant.parse("2026-01-31T16:00:00Z"), TOKYO).orElseThrow();

        assertEquals(Instant.parse("2026-02-28T15:00:00Z"), expires); // 1 March 00:00 JST
    }

    @Test
    void endOfMonthInLosAngelesFollowsItsOwnCalendarAndDaylightSavingTime() {
        ExpiryPolicy endOfMonth = new ExpiryPolicy(ExpiryKind.END_OF_MONTH, 0, 0);

        // 1 March 05:00 UTC is still 28 February in Los Angeles; the month ends 1 March 00:00 PST.
        Instant february = endOfMonth.expiresAt(Instant.parse("2026-03-01T05:00:00Z"), LOS_ANGELES).orElseThrow();
        // In March the clocks go forward (8 March 2026), so April starts at 00:00 PDT = 07:00 UTC.
        Instant march = endOfMonth.expiresAt(Instant.parse("2026-03-15T12:00:00Z"), LOS_ANGELES).orElseThrow();

        assertEquals(Instant.parse("2026-03-01T08:00:00Z"), february);
        assertEquals(Instant.parse("2026-04-01T07:00:00Z"), march);
    }

    @Test
    void endOfMonthSomeMonthsAfterEarningCountsWholeMonths() {
        ExpiryPolicy threeMonthsLater = new ExpiryPolicy(ExpiryKind.END_OF_MONTH, 0, 3);

        Instant expires = threeMonthsLater.expiresAt(Instant.parse("2026-11-15T10:00:00Z"), AMSTERDAM).orElseThrow();

        assertEquals(Instant.parse("2027-02-28T23:00:00Z"), expires); // 1 March 2027 00:00 CET
    }

    @Test
    void daysAfterEarningKeepTheLocalTimeAcrossADaylightSavingChange() {
        ExpiryPolicy thirtyDays = new ExpiryPolicy(ExpiryKind.AFTER_DAYS, 30, 0);

        // Earned 10:00 CET on 10 March; 30 days later is 10:00 CEST on 9 April, one hour less in UTC.
        Instant expires = thirtyDays.expiresAt(Instant.parse("2026-03-10T09:00:00Z"), AMSTERDAM).orElseThrow();

        assertEquals(Instant.parse("2026-04-09T08:00:00Z"), expires);
    }

    @Test
    void endOfYearIsNewYearInTheProgrammesZone() {
        ExpiryPolicy nextYearEnd = new ExpiryPolicy(ExpiryKind.END_OF_YEAR, 0, 1);

        Instant expires = nextYearEnd.expiresAt(Instant.parse("2026-12-31T20:00:00Z"), TOKYO).orElseThrow();

        // 31 December 20:00 UTC is 1 January 2027 in Tokyo: the end of the following year is 1 January 2029.
        assertEquals(Instant.parse("2028-12-31T15:00:00Z"), expires);
    }

    @Test
    void pointsThatNeverExpireHaveNoExpiry() {
        assertTrue(ExpiryPolicy.NEVER.expiresAt(Instant.parse("2026-05-01T00:00:00Z"), TOKYO).isEmpty());
    }
}
