package org.retentionsuite.gateway.security;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A rate limit: {@code burst} requests at once, refilled at {@code perSecond}. */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;

    public TokenBucket(double perSecond, int burst, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs per-second > 0 and burst >= 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.refilledAt = nanoClock.getAsLong();
    }

    /** Whether a quiet spell has filled the bucket again: forgetting it then changes nothing. */
    public synchronized boolean isFull() {
        return tokens + (nanoClock.getAsLong() - refilledAt) / NANOS_PER_SECOND * perSecond >= burst;
    }

    /** Takes one request's token; when there is none, how long until there is one. */
    public synchronized Duration take() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) / NANOS_PER_SECOND * perSecond);
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND));
    }
}
