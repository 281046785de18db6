package org.retentionsuite.loyalty.grpc;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code grpc-timeout} header values the shedding interceptor reads its deadline from. */
class CallTimeoutHeaderTest {

    @Test
    void everyUnitOfTheProtocolIsRead() {
        assertEquals(OptionalLong.of(7_200_000_000_000L), AbandonedCallShedding.timeoutNanos("2H"));
        assertEquals(OptionalLong.of(180_000_000_000L), AbandonedCallShedding.timeoutNanos("3M"));
        assertEquals(OptionalLong.of(10_000_000_000L), AbandonedCallShedding.timeoutNanos("10S"));
        assertEquals(OptionalLong.of(9_999_000_000L), AbandonedCallShedding.timeoutNanos("9999m"));
        assertEquals(OptionalLong.of(9_999_887_000L), AbandonedCallShedding.timeoutNanos("9999887u"));
        assertEquals(OptionalLong.of(99_999_999L), AbandonedCallShedding.timeoutNanos("99999999n"));
    }

    @Test
    void aMissingOrMalformedHeaderGivesNoDeadline() {
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos(null));
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos("S"));
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos("10s"));
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos("1x0m"));
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos("-5m"));
        assertEquals(OptionalLong.empty(), AbandonedCallShedding.timeoutNanos("123456789m"));
    }
}
