package org.retentionsuite.gateway.client;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Stops calling a service that keeps failing. Closed: calls pass; after {@code failureThreshold}
 * failures in a row it opens and refuses calls for {@code openFor}; then it lets one probe through
 * (half-open): a success closes it, a failure opens it again.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean probeInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a call may go out now; a true in half-open makes that call the probe. */
    public synchronized boolean tryAcquire() {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (nanoClock.getAsLong() - openedAt < openForNanos) {
                    return false;
                }
                state = State.HALF_OPEN;
                probeInFlight = true;
                return true;
            default:
                if (probeInFlight) {
                    return false;
                }
                probeInFlight = true;
                return true;
        }
    }

    /** The service answered (an answer that refuses the request counts: the service is working). */
    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probeInFlight = false;
    }

    /** The service was unreachable, too slow, or failed internally. */
    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = nanoClock.getAsLong();
        }
        probeInFlight = false;
    }

    /** A call that ended without an outcome (cancelled); a probe's place is freed for the next call. */
    public synchronized void onAbandoned() {
        probeInFlight = false;
    }

    public synchronized State state() {
        return state;
    }

    /** How long until the next probe may go out; zero unless open. */
    public synchronized Duration retryAfter() {
        if (state != State.OPEN) {
            return Duration.ZERO;
        }
        long left = openForNanos - (nanoClock.getAsLong() - openedAt);
        return Duration.ofNanos(Math.max(0, left));
    }
}
