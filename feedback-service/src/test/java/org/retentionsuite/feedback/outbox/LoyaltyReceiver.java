package org.retentionsuite.feedback.outbox;

import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Loyalty's RecordEvent as the relay sees it over gRPC (in test mode the relay's client calls this
 * application's own server): it awards once per idempotency key, as loyalty does, keeps every call,
 * and can be down or refuse a customer who is no member.
 */
@GrpcService
public class LoyaltyReceiver extends MutinyLoyaltyServiceGrpc.LoyaltyServiceImplBase {

    static final Map<String, RecordEventRequest> AWARDED = new ConcurrentHashMap<>();
    static final List<String> CALLS = new CopyOnWriteArrayList<>();
    static volatile boolean down;
    static volatile String unknownCustomer;

    @Override
    public Uni<RecordEventResponse> recordEvent(RecordEventRequest request) {
        CALLS.add(request.getIdempotencyKey());
        if (down) {
            return Uni.createFrom().failure(Status.UNAVAILABLE.withDescription("loyalty is down").asRuntimeException());
        }
        if (request.getCustomerId().equals(unknownCustomer)) {
            return Uni.createFrom().failure(Status.NOT_FOUND
                    .withDescription("customer " + unknownCustomer + " is no member of the programme").asRuntimeException());
        }
        AWARDED.putIfAbsent(request.getIdempotencyKey(), request);
        return Uni.createFrom().item(RecordEventResponse.newBuilder().setPointsEarned(50).build());
    }
}
