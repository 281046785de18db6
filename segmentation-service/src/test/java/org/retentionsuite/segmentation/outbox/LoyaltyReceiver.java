package org.retentionsuite.segmentation.outbox;

import io.grpc.Status;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;
import org.retentionsuite.proto.loyalty.v1.MutinyLoyaltyServiceGrpc;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardResponse;
import org.retentionsuite.proto.loyalty.v1.Redemption;
import org.retentionsuite.proto.loyalty.v1.RedemptionStatus;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Loyalty's AdjustPoints and OfferReward as the relay sees it over gRPC (in test mode the relay's client calls
 * this application's own server): it applies each idempotency key once, as loyalty does, and can
 * be down or refuse a programme.
 */
@GrpcService
public class LoyaltyReceiver extends MutinyLoyaltyServiceGrpc.LoyaltyServiceImplBase {

    public static final Map<String, AdjustPointsRequest> APPLIED = new ConcurrentHashMap<>();
    public static final List<AdjustPointsRequest> CALLS = new CopyOnWriteArrayList<>();
    public static final Map<String, OfferRewardRequest> OFFERED = new ConcurrentHashMap<>();
    public static final List<OfferRewardRequest> OFFER_CALLS = new CopyOnWriteArrayList<>();
    public static volatile boolean down;
    public static volatile String unknownProgram;

    @Override
    public Uni<AdjustPointsResponse> adjustPoints(AdjustPointsRequest request) {
        CALLS.add(request);
        if (down) {
            return Uni.createFrom().failure(Status.UNAVAILABLE.withDescription("loyalty is down").asRuntimeException());
        }
        if (request.getProgramId().equals(unknownProgram)) {
            return Uni.createFrom().failure(Status.NOT_FOUND.withDescription("no programme " + unknownProgram)
                    .asRuntimeException());
        }
        AdjustPointsRequest first = APPLIED.putIfAbsent(request.getIdempotencyKey(), request);
        return Uni.createFrom().item(AdjustPointsResponse.newBuilder()
                .setPointsAdjusted(first == null ? request.getPoints() : first.getPoints()).build());
    }

    @Override
    public Uni<OfferRewardResponse> offerReward(OfferRewardRequest request) {
        OFFER_CALLS.add(request);
        if (down) {
            return Uni.createFrom().failure(Status.UNAVAILABLE.withDescription("loyalty is down").asRuntimeException());
        }
        if (request.getProgramId().equals(unknownProgram)) {
            return Uni.createFrom().failure(Status.NOT_FOUND.withDescription("no programme " + unknownProgram)
                    .asRuntimeException());
        }
        OfferRewardRequest first = OFFERED.putIfAbsent(request.getIdempotencyKey(), request);
        OfferRewardRequest offered = first == null ? request : first;
        return Uni.createFrom().item(OfferRewardResponse.newBuilder().setRedemption(Redemption.newBuilder()
                .setCustomerId(offered.getCustomerId()).setRewardId(offered.getRewardId())
                .setStatus(RedemptionStatus.REDEMPTION_STATUS_COMMITTED).setOfferReason(offered.getReason())).build());
    }
}
