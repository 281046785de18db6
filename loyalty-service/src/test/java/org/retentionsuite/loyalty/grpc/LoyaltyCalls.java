package org.retentionsuite.loyalty.grpc;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RewardKind;

import java.time.Instant;
import java.util.UUID;

/** Request builders the loyalty tests share. */
final class LoyaltyCalls {

    private LoyaltyCalls() {
    }

    static String newProgram(LoyaltyServiceBlockingStub loyalty, CreateProgramRequest.Builder terms) {
        return loyalty.createProgram(terms.setName("Ledger test").setCurrencyCode("EUR").setTimeZone("Europe/Amsterdam")
                .setPointsPerCurrencyUnit("1").build()).getProgram().getId();
    }

    static String newMember(LoyaltyServiceBlockingStub loyalty, String programId) {
        String customerId = "C-" + UUID.randomUUID();
        loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(programId).setCustomerId(customerId).build());
        return customerId;
    }

    static RecordPurchaseRequest purchase(String programId, String customerId, String orderId, long amountMinor) {
        return RecordPurchaseRequest.newBuilder()
                .setProgramId(programId).setCustomerId(customerId).setOrderId(orderId)
                .setAmount(euros(amountMinor))
                .setOccurredAt(timestamp(Instant.now()))
                .setIdempotencyKey("key-" + orderId)
                .build();
    }

    static String newReward(LoyaltyServiceBlockingStub loyalty, String programId, long cost, Long stock) {
        CreateRewardRequest.Builder reward = CreateRewardRequest.newBuilder()
                .setProgramId(programId).putName("en", "Free coffee").putName("nl", "Gratis koffie")
                .setKind(RewardKind.REWARD_KIND_FREE_PRODUCT).setPointsCost(cost);
        if (stock != null) {
            reward.setStock(stock);
        }
        return loyalty.createReward(reward.build()).getReward().getId();
    }

    static Money euros(long amountMinor) {
        return Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(amountMinor).build();
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** The reason a FAILED_PRECONDITION carries in its google.rpc.ErrorInfo detail. */
    static String reason(StatusRuntimeException e) {
        try {
            return StatusProto.fromThrowable(e).getDetails(0).unpack(ErrorInfo.class).getReason();
        } catch (InvalidProtocolBufferException ex) {
            throw new AssertionError(ex);
        }
    }
}
