package org.retentionsuite.gateway.bench;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends calls at a fixed rate, each at its own intended time, whether or not earlier calls have answered
 * (an open loop), and records each call's latency from its intended send time, so that a stall shows up
 * in the latencies of every call it delayed (no coordinated omission).
 */
final class OpenLoopLatencies {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();
    private volatile String firstFailure;

    private OpenLoopLatencies(int capacity) {
        nanos = new long[capacity];
    }

    /** Calls {@code call} {@code perSecond} times a second for {@code seconds}; waits for the last answers. */
    static OpenLoopLatencies run(int perSecond, int seconds, Supplier<CompletableFuture<?>> call) throws InterruptedException {
        int calls = perSecond * seconds;
        OpenLoopLatencies latencies = new OpenLoopLatencies(calls);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[calls];
        for (int i = 0; i < calls; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending[i] = call.get().whenComplete((answer, failure) -> {
                if (failure == null) {
                    latencies.record(System.nanoTime() - intended);
                } else {
                    latencies.failed(failure);
                }
            });
        }
        try {
            CompletableFuture.allOf(pending).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ignored) {
            // counted as failures by the calls themselves
        }
        return latencies;
    }

    /** Both phases' latencies together (the phases alternate to even out drift of the machine). */
    static OpenLoopLatencies merge(OpenLoopLatencies a, OpenLoopLatencies b) {
        OpenLoopLatencies merged = new OpenLoopLatencies(a.count() + b.count());
        for (OpenLoopLatencies part : new OpenLoopLatencies[] {a, b}) {
            for (int i = 0; i < part.count(); i++) {
                merged.record(part.nanos[i]);
            }
            merged.failures.addAndGet(part.failures());
            if (merged.firstFailure == null) {
                merged.firstFailure = part.firstFailure;
            }
        }
        return merged;
    }

    private void record(long latencyNanos) {
        int index = count.getAndIncrement();
        if (index < nanos.length) {
            nanos[index] = latencyNanos;
        }
    }

    private void failed(Throwable failure) {
        if (failures.incrementAndGet() == 1) {
            firstFailure = String.valueOf(failure);
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length);
    }

    long failures() {
        return failures.get();
    }

    String firstFailure() {
        return firstFailure;
    }

    /** The latency in milliseconds at a percentile (0-100). */
    double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count());
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1_000_000.0;
    }
}
