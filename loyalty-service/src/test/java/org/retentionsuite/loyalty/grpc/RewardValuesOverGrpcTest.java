package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Reward;
import org.retentionsuite.proto.loyalty.v1.RewardKind;
import org.retentionsuite.proto.loyalty.v1.RewardValue;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.euros;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.ProgramsOverGrpcTest.fieldViolations;

@QuarkusTest
class RewardValuesOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Test
    void eachKindOfRewardKeepsItsValue() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        List<RewardValue> values = List.of(
                RewardValue.newBuilder().setDiscount(euros(5_00)).build(),
                RewardValue.newBuilder().setPercent("12.5").build(),
                RewardValue.newBuilder().setCashback(euros(2_50)).build(),
                RewardValue.newBuilder().setSku("MUG-1").build(),
                RewardValue.newBuilder().setDescription("A barista workshop for two").build());
        List<RewardKind> kinds = List.of(RewardKind.REWARD_KIND_FIXED_DISCOUNT, RewardKind.REWARD_KIND_PERCENTAGE_DISCOUNT,
                RewardKind.REWARD_KIND_CASHBACK, RewardKind.REWARD_KIND_FREE_PRODUCT, RewardKind.REWARD_KIND_EXPERIENCE);

        for (int i = 0; i < kinds.size(); i++) {
            Reward created = loyalty.createReward(reward(program, kinds.get(i)).setValue(values.get(i)).build()).getReward();
            assertEquals(values.get(i), created.getValue());
        }

        List<Reward> listed = loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build())
                .getRewardsList();
        assertEquals(values, kinds.stream().map(kind -> listed.stream().filter(r -> r.getKind() == kind).findFirst()
                .orElseThrow().getValue()).toList());
    }

    @Test
    void aRewardWithoutAValueIsStillAccepted() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        Reward created = loyalty.createReward(reward(program, RewardKind.REWARD_KIND_FREE_PRODUCT).build()).getReward();

        assertFalse(created.hasValue());
    }

    @Test
    void aValueThatDoesNotFitTheKindIsRefusedOnItsFields() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException wrongPart = assertThrows(StatusRuntimeException.class, () -> loyalty.createReward(
                reward(program, RewardKind.REWARD_KIND_FIXED_DISCOUNT).setValue(RewardValue.newBuilder().setSku("MUG-1")).build()));
        StatusRuntimeException badPercent = assertThrows(StatusRuntimeException.class, () -> loyalty.createReward(
                reward(program, RewardKind.REWARD_KIND_PERCENTAGE_DISCOUNT).setValue(RewardValue.newBuilder().setPercent("120"))
                        .build()));
        StatusRuntimeException badAmount = assertThrows(StatusRuntimeException.class, () -> loyalty.createReward(
                reward(program, RewardKind.REWARD_KIND_CASHBACK).setValue(RewardValue.newBuilder()
                        .setCashback(euros(0).toBuilder().setCurrencyCode("EURO"))).build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, wrongPart.getStatus().getCode());
        assertEquals(Map.of("value.sku", "is only for FREE_PRODUCT rewards, not FIXED_DISCOUNT",
                "value.discount", "is required for this kind of reward"), fieldViolations(wrongPart));
        assertEquals(Map.of("value.percent", "must be more than 0 and at most 100"), fieldViolations(badPercent));
        assertEquals(Map.of("value.cashback.currency_code", "is not an ISO 4217 currency code such as \"EUR\"",
                "value.cashback.amount_minor", "must be more than 0"), fieldViolations(badAmount));
        assertEquals(0, loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build()).getRewardsCount());
    }

    private static CreateRewardRequest.Builder reward(String program, RewardKind kind) {
        return CreateRewardRequest.newBuilder().setProgramId(program).putName("en", "A reward").setKind(kind)
                .setPointsCost(100);
    }
}
