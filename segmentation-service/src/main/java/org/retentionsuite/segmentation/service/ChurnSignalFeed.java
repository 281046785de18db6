package org.retentionsuite.segmentation.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.retentionsuite.segmentation.domain.churn.ChurnSignals;
import org.retentionsuite.segmentation.repository.ChurnSignalRepository;

import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Every customer's churn signals, read by a thread and a database connection of their own while the scoring pass
 * scores and stores on its own: the signals' statement (a tenth to a quarter of a full pass) and the write-back then
 * run on two cores instead of one after the other on one connection. The reading is a read-only statement in a
 * transaction of its own; it sees what was committed when it started, as the pass's own statement did (READ
 * COMMITTED), and the pass writes nothing it reads. The signals arrive in the statement's order.
 */
final class ChurnSignalFeed implements AutoCloseable {

    /** Rows handed over and not yet taken: enough to keep both sides busy, a few megabytes at most. */
    private static final int CAPACITY = 20_000;
    /** A full pass over millions of customers reads for as long as the write-back takes. */
    private static final int READ_TIMEOUT_SECONDS = 3600;
    private static final Object END = new Object();

    private final BlockingQueue<Object> handedOver = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread reader;
    private volatile boolean abandoned;

    private ChurnSignalFeed(Consumer<Consumer<ChurnSignals>> reading) {
        reader = new Thread(() -> read(reading), "churn-signal-feed");
        reader.setDaemon(true);
    }

    /** Starts reading the signals as of {@code asOf}, in a transaction of its own. */
    static ChurnSignalFeed start(ChurnSignalRepository signals, LocalDate asOf) {
        return start(handOver -> QuarkusTransaction.requiringNew().timeout(READ_TIMEOUT_SECONDS)
                .run(() -> signals.forEach(asOf, handOver)));
    }

    /** Starts {@code reading}, which hands each customer's signals over, in order, to the consumer it is given. */
    static ChurnSignalFeed start(Consumer<Consumer<ChurnSignals>> reading) {
        ChurnSignalFeed feed = new ChurnSignalFeed(reading);
        feed.reader.start();
        return feed;
    }

    /** Hands every customer's signals to {@code consumer}, in order; a failed reading fails here. */
    void forEach(Consumer<ChurnSignals> consumer) {
        while (true) {
            Object next;
            try {
                next = handedOver.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for churn signals", e);
            }
            if (next == END) {
                return;
            }
            if (next instanceof ReadingFailed failed) {
                throw new IllegalStateException("reading the churn signals failed", failed.cause());
            }
            consumer.accept((ChurnSignals) next);
        }
    }

    /** Stops the reading if the pass ended before it did (its transaction rolls back; it wrote nothing). */
    @Override
    public void close() {
        abandoned = true;
        reader.interrupt();
        handedOver.clear();
    }

    private void read(Consumer<Consumer<ChurnSignals>> reading) {
        Object last = END;
        try {
            reading.accept(this::handOver);
        } catch (RuntimeException e) {
            last = new ReadingFailed(e);
        }
        if (!abandoned) {
            try {
                handedOver.put(last);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // abandoned meanwhile: nobody waits for the end
            }
        }
    }

    private void handOver(ChurnSignals customer) {
        try {
            handedOver.put(customer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scoring pass ended before its signals were read", e);
        }
    }

    private record ReadingFailed(RuntimeException cause) {
    }
}
