package org.retentionsuite.feedback.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Loyalty's RecordEvent for a survey's incentive; the response id is the idempotency key, so points come once. */
@ApplicationScoped
public class LoyaltyIncentives implements OutboxReceiver {

    private final LoyaltyServiceBlockingStub loyalty;

    public LoyaltyIncentives(@GrpcClient("loyalty") LoyaltyServiceBlockingStub loyalty) {
        this.loyalty = loyalty;
    }

    @Override
    public void deliver(byte[] payload, Duration deadline) {
        try {
            loyalty.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS).recordEvent(RecordEventRequest.parseFrom(payload));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("an incentive event in the outbox is unreadable", e);
        }
    }
}
