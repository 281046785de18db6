package org.retentionsuite.gateway.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void aBurstPassesThenTheRateRefills() {
        TokenBucket bucket = new TokenBucket(2, 3, now::get);
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ofMillis(500), bucket.take());
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ofMillis(500), bucket.take());
    }

    @Test
    void aQuietSpellRefillsNoMoreThanTheBurst() {
        TokenBucket bucket = new TokenBucket(10, 2, now::get);
        bucket.take();
        bucket.take();
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ZERO, bucket.take());
        assertEquals(Duration.ofMillis(100), bucket.take());
    }
}
