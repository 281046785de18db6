package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.LedgerInvariant;
import org.retentionsuite.loyalty.MovableClock;
import org.retentionsuite.loyalty.service.LotMaintenance;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CancelRedemptionResponse;
import org.retentionsuite.proto.loyalty.v1.CommitRedemptionRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardResponse;
import org.retentionsuite.proto.loyalty.v1.Redemption;
import org.retentionsuite.proto.loyalty.v1.RedemptionStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newReward;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

@QuarkusTest
class RedemptionsOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    LedgerInvariant ledger;

    @Inject
    MovableClock clock;

    @Inject
    LotMaintenance maintenance;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiftyParallelRedemptionsAgainstABalanceForTenLetExactlyTenThrough() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 100_00)); // 100 points
        String reward = newReward(loyalty, program, 10, null);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Status.Code>> attempts = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String key = "redeem-" + i;
                attempts.add(() -> {
                    try {
                        loyalty.redeemReward(redeem(program, customer, reward, key, i2(key) % 2 == 0));
                        return Status.Code.OK;
                    } catch (StatusRuntimeException e) {
                        return e.getStatus().getCode();
                    }
                });
            }
            List<Status.Code> outcomes = new ArrayList<>();
            for (Future<Status.Code> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }

            assertEquals(10, outcomes.stream().filter(Status.Code.OK::equals).count());
            assertEquals(40, outcomes.stream().filter(Status.Code.FAILED_PRECONDITION::equals).count());
            Balance balance = balance(program, customer);
            assertEquals(0, balance.getActive());
            assertEquals(100, balance.getReserved() + balance.getLifetimeSpent());
            ledger.assertConsistent(program, customer, balance);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReservationIsCommittedOnceAndItsPointsAreSpent() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = newReward(loyalty, program, 30, null);

        RedeemRewardResponse reserved = loyalty.redeemReward(redeem(program, customer, reward, "k1", true));
        Redemption committed = loyalty.commitRedemption(commit(program, reserved)).getRedemption();
        Redemption again = loyalty.commitRedemption(commit(program, reserved)).getRedemption();

        assertEquals(RedemptionStatus.REDEMPTION_STATUS_RESERVED, reserved.getRedemption().getStatus());
        assertEquals(Balance.newBuilder().setActive(20).setReserved(30).setLifetimeEarned(50).build(), reserved.getBalance());
        assertTrue(reserved.getRedemption().getCouponCode().matches("RS(-[0-9A-HJKMNP-TV-Z]{4}){3}"));
        assertEquals(RedemptionStatus.REDEMPTION_STATUS_COMMITTED, committed.getStatus());
        assertEquals(committed, again);
        Balance balance = balance(program, customer);
        assertEquals(Balance.newBuilder().setActive(20).setLifetimeEarned(50).setLifetimeSpent(30).build(), balance);
        ledger.assertConsistent(program, customer, balance);
    }

    @Test
    void aCancelledReservationGivesBackItsPointsAndItsStock() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = newReward(loyalty, program, 30, 1L);

        RedeemRewardResponse reserved = loyalty.redeemReward(redeem(program, customer, reward, "k1", true));
        CancelRedemptionResponse cancelled = loyalty.cancelRedemption(CancelRedemptionRequest.newBuilder()
                .setProgramId(program).setRedemptionId(reserved.getRedemption().getId()).build());

        assertEquals(RedemptionStatus.REDEMPTION_STATUS_CANCELLED, cancelled.getRedemption().getStatus());
        assertEquals(Balance.newBuilder().setActive(50).setLifetimeEarned(50).build(), cancelled.getBalance());
        assertEquals(1, loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build())
                .getRewards(0).getStock());
        ledger.assertConsistent(program, customer, cancelled.getBalance());
    }

    @Test
    void aReservationPastItsTimeLapsesAndCanNoLongerBeCommitted() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder().setReservationMinutes(10));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = newReward(loyalty, program, 30, null);
        RedeemRewardResponse reserved = loyalty.redeemReward(redeem(program, customer, reward, "k1", true));

        clock.advance(Duration.ofMinutes(11));
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.commitRedemption(commit(program, reserved)));

        assertEquals("RESERVATION_EXPIRED", reason(refused));
        Balance balance = balance(program, customer);
        assertEquals(Balance.newBuilder().setActive(50).setLifetimeEarned(50).build(), balance);
        ledger.assertConsistent(program, customer, balance);
    }

    @Test
    void theScheduledPassLapsesForgottenReservations() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder().setReservationMinutes(5));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = newReward(loyalty, program, 30, null);
        loyalty.redeemReward(redeem(program, customer, reward, "k1", true));

        clock.advance(Duration.ofMinutes(6));
        maintenance.runOnce();

        assertEquals(Balance.newBuilder().setActive(50).setLifetimeEarned(50).build(), balance(program, customer));
    }

    @Test
    void theLastUnitOfStockGoesToOneMemberOnly() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String first = newMember(loyalty, program);
        String second = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, first, "O-1", 50_00));
        loyalty.recordPurchase(purchase(program, second, "O-2", 50_00));
        String reward = newReward(loyalty, program, 10, 1L);
        loyalty.redeemReward(redeem(program, first, reward, "k1", false));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.redeemReward(redeem(program, second, reward, "k2", false)));

        assertEquals("OUT_OF_STOCK", reason(refused));
        assertEquals(50, balance(program, second).getActive());
    }

    @Test
    void notEnoughPointsIsRefusedWithTheBalanceAndCostInTheMessage() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 5_00));
        String reward = newReward(loyalty, program, 10, null);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.redeemReward(redeem(program, customer, reward, "k1", false)));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("NOT_ENOUGH_POINTS", reason(refused));
        assertEquals("customer " + customer + " has 5 active points, reward " + reward + " costs 10",
                refused.getStatus().getDescription());
    }

    @Test
    void aRedemptionWithoutAnIdempotencyKeyIsRefusedAndSpendsNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = newReward(loyalty, program, 10, null);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.redeemReward(redeem(program, customer, reward, "", false)));

        assertEquals(java.util.Map.of("idempotency_key", "is required"), ProgramsOverGrpcTest.fieldViolations(refused));
        assertEquals(50, balance(program, customer).getActive());
    }

    @Test
    void couponCodesAreUnique() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 100_00));
        String reward = newReward(loyalty, program, 1, null);
        HashSet<String> codes = new HashSet<>();

        for (int i = 0; i < 100; i++) {
            codes.add(loyalty.redeemReward(redeem(program, customer, reward, "k" + i, false)).getRedemption().getCouponCode());
        }

        assertEquals(100, codes.size());
    }

    private static int i2(String key) {
        return Integer.parseInt(key.substring(key.indexOf('-') + 1));
    }

    private Balance balance(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance();
    }

    private static RedeemRewardRequest redeem(String program, String customer, String reward, String key, boolean reserve) {
        return RedeemRewardRequest.newBuilder().setProgramId(program).setCustomerId(customer).setRewardId(reward)
                .setIdempotencyKey(key).setReserve(reserve).build();
    }

    private static CommitRedemptionRequest commit(String program, RedeemRewardResponse reserved) {
        return CommitRedemptionRequest.newBuilder().setProgramId(program)
                .setRedemptionId(reserved.getRedemption().getId()).build();
    }
}
