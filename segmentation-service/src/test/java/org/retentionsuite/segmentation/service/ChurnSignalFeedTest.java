package org.retentionsuite.segmentation.service;

import org.junit.jupiter.api.Test;
import org.retentionsuite.segmentation.domain.churn.ChurnSignals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChurnSignalFeedTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void everyCustomerArrivesOnceInTheReadingsOrderAlsoWhenTheReadingIsFarAhead() {
        int customers = 50_000; // more than the hand-over holds: the reading waits for the pass
        List<String> seen = new ArrayList<>();

        try (ChurnSignalFeed feed = ChurnSignalFeed.start(handOver -> {
            for (int i = 0; i < customers; i++) {
                handOver.accept(signals("c" + i));
            }
        })) {
            feed.forEach(customer -> seen.add(customer.customerId()));
        }

        assertEquals(customers, seen.size());
        for (int i = 0; i < customers; i++) {
            assertEquals("c" + i, seen.get(i));
        }
    }

    @Test
    void aReadingThatFailsFailsThePassAfterTheCustomersReadBeforeIt() {
        RuntimeException broken = new IllegalStateException("connection lost");
        List<String> seen = new ArrayList<>();

        IllegalStateException failure;
        try (ChurnSignalFeed feed = ChurnSignalFeed.start(handOver -> {
            handOver.accept(signals("c1"));
            handOver.accept(signals("c2"));
            throw broken;
        })) {
            failure = assertThrows(IllegalStateException.class, () -> feed.forEach(customer -> seen.add(customer.customerId())));
        }

        assertEquals(List.of("c1", "c2"), seen);
        assertEquals("reading the churn signals failed", failure.getMessage());
        assertSame(broken, failure.getCause());
    }

    @Test
    void aPassThatFailsStopsTheReadingInsteadOfLeavingItWaiting() throws InterruptedException {
        AtomicInteger handedOver = new AtomicInteger();
        AtomicReference<RuntimeException> readingStoppedBy = new AtomicReference<>();
        CountDownLatch readingEnded = new CountDownLatch(1);
        RuntimeException storeFailed = new IllegalStateException("store failed");

        ChurnSignalFeed feed = ChurnSignalFeed.start(handOver -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    handOver.accept(signals("c" + i));
                    handedOver.incrementAndGet();
                }
            } catch (RuntimeException stopped) {
                readingStoppedBy.set(stopped);
                throw stopped;
            } finally {
                readingEnded.countDown();
            }
        });
        try (feed) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> feed.forEach(customer -> {
                if (customer.customerId().equals("c100")) {
                    throw storeFailed;
                }
            }));
            assertSame(storeFailed, thrown);
        }

        assertTrue(readingEnded.await(10, TimeUnit.SECONDS), "the reading still runs after the pass ended");
        assertEquals("the scoring pass ended before its signals were read", readingStoppedBy.get().getMessage());
        assertTrue(handedOver.get() < 1_000_000, "the reading went on to the end: " + handedOver.get());
    }

    private static ChurnSignals signals(String customerId) {
        return new ChurnSignals(customerId, AS_OF, 0, 0, 1, 0, 0, null, null, 1, AS_OF, AS_OF);
    }
}
