package org.retentionsuite.loyalty.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PurchaseReturnsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void threePartialReturnsTakeBackExactlyWhatOneFullReturnWould() {
        Purchase purchase = purchase(100_00, 101);

        long first = purchase.registerReturn("EUR", 33_33);
        long second = purchase.registerReturn("EUR", 33_33);
        long third = purchase.registerReturn("EUR", 33_34);

        assertEquals(List.of(33L, 34L, 34L), List.of(first, second, third));
        assertEquals(101, first + second + third);
    }

    @Test
    void returningMoreThanWasBoughtIsRefused() {
        Purchase purchase = purchase(10_00, 10);
        purchase.registerReturn("EUR", 6_00);

        FailedPreconditionException refused = assertThrows(FailedPreconditionException.class,
                () -> purchase.registerReturn("EUR", 5_00));

        assertEquals(FailedPreconditionException.RETURN_EXCEEDS_ORDER, refused.reason());
    }

    @Test
    void aReturnInAnotherCurrencyThanTheOrderIsRefused() {
        Purchase purchase = purchase(10_00, 10);

        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> purchase.registerReturn("USD", 5_00));

        assertEquals("amount.currency_code", refused.violations().get(0).field());
    }

    private static Purchase purchase(long amountMinor, long points) {
        PurchaseDraft draft = PurchaseDraft.of(UUID.randomUUID().toString(), "C-1", "O-1", "EUR", amountMinor, List.of(),
                NOW, "key", NOW);
        return new Purchase(UUID.randomUUID(), draft, amountMinor, points, null);
    }
}
