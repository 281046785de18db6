package org.retentionsuite.loyalty.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one phase, measured from the intended send time (no coordinated omission). */
final class LatencyRecorder {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicLong failures = new AtomicLong();

    LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
    }

    void record(long latencyNanos) {
        int index = count.getAndIncrement();
        if (index < nanos.length) {
            nanos[index] = latencyNanos;
        }
    }

    private volatile String firstFailure;

    void failed(Throwable failure) {
        if (failures.incrementAndGet() == 1) {
            firstFailure = String.valueOf(io.grpc.Status.fromThrowable(failure));
        }
    }

    /** The status of the first failed call, to tell overload from a wrong request. */
    String firstFailure() {
        return firstFailure;
    }

    long failures() {
        return failures.get();
    }

    int count() {
        return Math.min(count.get(), nanos.length);
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
