package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.LedgerInvariant;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnResponse;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.ReturnPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.euros;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newReward;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

@QuarkusTest
class ReturnsOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    LedgerInvariant ledger;

    @Test
    void aPartialReturnTakesBackItsShareOfTheOrdersPoints() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 80_00));

        RecordReturnResponse reversed = loyalty.recordReturn(returnOf(program, customer, "R-1", "O-1", 20_00));

        assertEquals(20, reversed.getPointsReversed());
        assertEquals(0, reversed.getShortfall());
        assertEquals(Balance.newBuilder().setActive(60).setLifetimeEarned(80).build(), reversed.getBalance());
        ledger.assertConsistent(program, customer, reversed.getBalance());
    }

    @Test
    void aReturnIdIsAppliedOnceAndItsReplayAnswersTheSame() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 80_00));
        RecordReturnRequest request = returnOf(program, customer, "R-1", "O-1", 20_00);

        RecordReturnResponse first = loyalty.recordReturn(request);
        RecordReturnResponse again = loyalty.recordReturn(request);

        assertEquals(first, again);
        assertEquals(60, again.getBalance().getActive());
    }

    @Test
    void returningSpentPointsLeavesADebtThatTheNextPurchasePaysFirst() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder()
                .setReturnPolicy(ReturnPolicy.RETURN_POLICY_ALLOW_NEGATIVE));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        spend(program, customer, 40);

        RecordReturnResponse reversed = loyalty.recordReturn(returnOf(program, customer, "R-1", "O-1", 50_00));
        RecordPurchaseResponse next = loyalty.recordPurchase(purchase(program, customer, "O-2", 100_00));

        assertEquals(50, reversed.getPointsReversed());
        assertEquals(Balance.newBuilder().setDebt(40).setLifetimeEarned(50).setLifetimeSpent(40).build(), reversed.getBalance());
        assertEquals(Balance.newBuilder().setActive(60).setLifetimeEarned(150).setLifetimeSpent(40).build(), next.getBalance());
        ledger.assertConsistent(program, customer, next.getBalance());
    }

    @Test
    void withStopAtZeroTheBalanceEndsAtZeroAndTheShortfallIsRecorded() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder()
                .setReturnPolicy(ReturnPolicy.RETURN_POLICY_STOP_AT_ZERO));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        spend(program, customer, 40);

        RecordReturnResponse reversed = loyalty.recordReturn(returnOf(program, customer, "R-1", "O-1", 50_00));

        assertEquals(10, reversed.getPointsReversed());
        assertEquals(40, reversed.getShortfall());
        assertEquals(Balance.newBuilder().setLifetimeEarned(50).setLifetimeSpent(40).build(), reversed.getBalance());
        ledger.assertConsistent(program, customer, reversed.getBalance());
    }

    @Test
    void returningMoreThanTheOrderIsRefusedAndChangesNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 30_00));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.recordReturn(returnOf(program, customer, "R-1", "O-1", 31_00)));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("RETURN_EXCEEDS_ORDER", reason(refused));
    }

    @Test
    void aReturnOfAnUnknownOrderIsNotFound() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.recordReturn(returnOf(program, customer, "R-1", "nope", 1_00)));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("customer " + customer + " has no order nope in program " + program, refused.getStatus().getDescription());
    }

    private void spend(String program, String customer, long points) {
        String reward = newReward(loyalty, program, points, null);
        loyalty.redeemReward(RedeemRewardRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setRewardId(reward).setIdempotencyKey("spend-" + reward).build());
    }

    private static RecordReturnRequest returnOf(String program, String customer, String returnId, String orderId, long amount) {
        return RecordReturnRequest.newBuilder().setProgramId(program).setCustomerId(customer).setReturnId(returnId)
                .setOrderId(orderId).setAmount(euros(amount)).build();
    }
}
