package org.retentionsuite.feedback;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The service's clock in tests: the system's time until a test sets or advances it; tests reset it after. */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service works in UTC");
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now == null ? Instant.now() : now;
    }
}
