package org.retentionsuite.loyalty.bench;

import io.grpc.Status;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies of one phase, measured from the intended send time (no coordinated omission). */
final class LatencyRecorder {

    private final long[] nanos;
    /** Each call's intended send time (System.nanoTime), to tell when the slow calls were. */
    private final long[] intended;
    private final AtomicInteger count = new AtomicInteger();
    private final long wallMillisAtStart = System.currentTimeMillis();
    private final long nanosAtStart = System.nanoTime();

    LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
        this.intended = new long[capacity];
    }

    void record(long intendedNanos, long latencyNanos) {
        int index = count.getAndIncrement();
        if (index < nanos.length) {
            nanos[index] = latencyNanos;
            intended[index] = intendedNanos;
        }
    }

    /**
     * The seconds (UTC, by intended send time) in which calls took longer than {@code slowMillis}, with how many
     * and the slowest: to set them beside the service's GC log and the database's checkpoints.
     */
    String slowSeconds(long slowMillis) {
        Map<Long, long[]> bySecond = slowBySecond(slowMillis);
        StringBuilder out = new StringBuilder();
        bySecond.forEach((second, slow) -> out.append(java.time.LocalTime.ofSecondOfDay(second % 86_400))
                .append(' ').append(slow[0]).append(" (max ").append(slow[1]).append(" ms); "));
        return out.toString();
    }

    /** Epoch second (by intended send time) → [calls slower than {@code slowMillis}, the slowest in ms]. */
    Map<Long, long[]> slowBySecond(long slowMillis) {
        Map<Long, long[]> bySecond = new TreeMap<>();
        for (int i = 0; i < count(); i++) {
            if (nanos[i] > slowMillis * 1_000_000) {
                long second = (wallMillisAtStart + (intended[i] - nanosAtStart) / 1_000_000) / 1000;
                long[] slow = bySecond.computeIfAbsent(second, s -> new long[2]);
                slow[0]++;
                slow[1] = Math.max(slow[1], nanos[i] / 1_000_000);
            }
        }
        return bySecond;
    }

    private volatile String firstFailure;
    private final Map<Status.Code, AtomicLong> failuresByCode = new ConcurrentHashMap<>();

    void failed(Throwable failure) {
        Status status = Status.fromThrowable(failure);
        failuresByCode.computeIfAbsent(status.getCode(), code -> new AtomicLong()).incrementAndGet();
        if (firstFailure == null) {
            firstFailure = String.valueOf(status); // a racing second failure may be kept instead: either is a sample
        }
    }

    /** Failed calls per status code, e.g. {RESOURCE_EXHAUSTED=120}: refused at once is not the same as timed out. */
    String failuresByCode() {
        Map<Status.Code, Long> counts = new TreeMap<>();
        failuresByCode.forEach((code, count) -> counts.put(code, count.get()));
        return counts.toString();
    }

    /** The status of the first failed call, to tell overload from a wrong request. */
    String firstFailure() {
        return firstFailure;
    }

    long failures() {
        return failuresByCode.values().stream().mapToLong(AtomicLong::get).sum();
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
