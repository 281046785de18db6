package org.retentionsuite.feedback.outbox;

import java.time.Duration;

/** A service the outbox delivers to: one call per event, failing with the receiver's gRPC status. */
public interface OutboxReceiver {

    void deliver(byte[] payload, Duration deadline);
}
