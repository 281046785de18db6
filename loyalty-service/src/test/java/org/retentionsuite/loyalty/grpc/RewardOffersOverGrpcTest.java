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
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.ExportMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.OfferRewardRequest;
import org.retentionsuite.proto.loyalty.v1.OfferRewardResponse;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;
import org.retentionsuite.proto.loyalty.v1.Redemption;
import org.retentionsuite.proto.loyalty.v1.RedemptionStatus;
import org.retentionsuite.proto.loyalty.v1.RewardKind;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.timestamp;

/** A reward offered free of points: a committed 0-point redemption within stock, dates and limit, once per key. */
@QuarkusTest
class RewardOffersOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    LedgerInvariant ledger;

    @Test
    void anOfferGivesTheRewardWithACouponAndLeavesThePointsAsTheyWere() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 40_00));
        String reward = newReward(loyalty, program, 500, 3L);

        OfferRewardResponse offered = loyalty.offerReward(offer(program, customer, reward, "playbook:win-back", "k1"));

        Redemption redemption = offered.getRedemption();
        assertEquals(RedemptionStatus.REDEMPTION_STATUS_COMMITTED, redemption.getStatus());
        assertEquals(0, redemption.getPoints());
        assertEquals(reward, redemption.getRewardId());
        assertEquals(customer, redemption.getCustomerId());
        assertEquals(program, redemption.getProgramId());
        assertEquals("playbook:win-back", redemption.getOfferReason());
        assertTrue(redemption.getCouponCode().matches("RS(-[0-9A-HJKMNP-TV-Z]{4}){3}"), redemption.getCouponCode());
        assertEquals(false, redemption.hasExpiresAt());
        Balance untouched = Balance.newBuilder().setActive(40).setLifetimeEarned(40).build();
        assertEquals(untouched, offered.getBalance());
        assertEquals(untouched, balance(program, customer));
        assertEquals(2, stock(program));
        assertEquals(List.of(redemption), loyalty.exportMember(ExportMemberRequest.newBuilder().setCustomerId(customer)
                .setProgramId(program).build()).getMemberships(0).getRedemptionsList());
        ledger.assertConsistent(program, customer, untouched);
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstOfferAndTakesNoSecondUnit() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        String reward = newReward(loyalty, program, 100, 5L);

        OfferRewardResponse first = loyalty.offerReward(offer(program, customer, reward, "goodwill", "same"));
        OfferRewardResponse again = loyalty.offerReward(offer(program, customer, reward, "goodwill", "same"));
        StatusRuntimeException reused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, reward, "another reason", "same")));

        assertEquals(first, again);
        assertEquals(4, stock(program));
        assertEquals(1, redemptions(program, customer).size());
        assertEquals(Status.Code.FAILED_PRECONDITION, reused.getStatus().getCode());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(reused));
    }

    @Test
    void tenParallelOffersWithDistinctKeysGiveExactlyTheStock() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String reward = newReward(loyalty, program, 100, 4L);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(newMember(loyalty, program));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<String>> attempts = new ArrayList<>();
            for (String customer : customers) {
                attempts.add(() -> {
                    try {
                        loyalty.offerReward(offer(program, customer, reward, "goodwill", "offer-" + customer));
                        return "OK";
                    } catch (StatusRuntimeException e) {
                        return reason(e);
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
            assertEquals(4, outcomes.stream().filter("OK"::equals).count());
            assertEquals(6, outcomes.stream().filter("OUT_OF_STOCK"::equals).count());
            assertEquals(0, stock(program));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMembersLimitCountsOffersAndRedemptionsAlike() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));
        String reward = loyalty.createReward(CreateRewardRequest.newBuilder().setProgramId(program)
                .putName("en", "Tote bag").setKind(RewardKind.REWARD_KIND_FREE_PRODUCT).setPointsCost(10)
                .setPerMemberLimit(2).build()).getReward().getId();

        loyalty.redeemReward(RedeemRewardRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setRewardId(reward).setIdempotencyKey("r1").build());
        loyalty.offerReward(offer(program, customer, reward, "goodwill", "o1"));
        StatusRuntimeException third = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, reward, "goodwill", "o2")));

        assertEquals(Status.Code.FAILED_PRECONDITION, third.getStatus().getCode());
        assertEquals("MEMBER_LIMIT_REACHED", reason(third));
        assertEquals(List.of(10L, 0L), redemptions(program, customer).stream().map(Redemption::getPoints).toList());
        // The refusal is kept with its key: a retry is refused the same way.
        StatusRuntimeException retried = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, reward, "goodwill", "o2")));
        assertEquals("MEMBER_LIMIT_REACHED", reason(retried));
    }

    @Test
    void aRewardOutsideItsDatesOrASuspendedMemberGetsNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        String later = loyalty.createReward(CreateRewardRequest.newBuilder().setProgramId(program)
                .putName("en", "Spring gift").setKind(RewardKind.REWARD_KIND_FREE_PRODUCT).setPointsCost(10).setStock(1)
                .setValidFrom(timestamp(Instant.now().plus(30, ChronoUnit.DAYS))).build()).getReward().getId();
        String now = newReward(loyalty, program, 10, 1L);

        StatusRuntimeException early = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, later, "goodwill", "early")));
        loyalty.suspendMember(SuspendMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReason("fraud review").build());
        StatusRuntimeException suspended = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, now, "goodwill", "suspended")));

        assertEquals("REWARD_NOT_AVAILABLE", reason(early));
        assertEquals("MEMBER_SUSPENDED", reason(suspended));
        assertEquals(List.of(1L, 1L), loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build())
                .getRewardsList().stream().map(r -> r.getStock()).toList());
        assertEquals(List.of(), redemptions(program, customer));
    }

    @Test
    void anUnknownRewardIsNotFoundAndAnIncompleteRequestNamesEachField() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        String otherProgramsReward = newReward(loyalty, newProgram(loyalty, CreateProgramRequest.newBuilder()), 10, null);

        StatusRuntimeException unknown = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, otherProgramsReward, "goodwill", "k")));
        StatusRuntimeException invalid = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(OfferRewardRequest.newBuilder().setProgramId("nope").setRewardId("x")
                        .setReason("r".repeat(201)).setIdempotencyKey("k2").build()));
        StatusRuntimeException keyless = assertThrows(StatusRuntimeException.class,
                () -> loyalty.offerReward(offer(program, customer, otherProgramsReward, "goodwill", "")));

        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
        assertEquals("reward " + otherProgramsReward + " does not exist in program " + program,
                unknown.getStatus().getDescription());
        assertEquals(Status.Code.INVALID_ARGUMENT, invalid.getStatus().getCode());
        assertEquals(Map.of("program_id", "is not an id (a UUID)", "customer_id", "is required", "reward_id", "is not an id (a UUID)",
                "reason", "is longer than 200 characters"), ProgramsOverGrpcTest.fieldViolations(invalid));
        assertEquals(Status.Code.INVALID_ARGUMENT, keyless.getStatus().getCode());
        assertEquals(Map.of("idempotency_key", "is required"), ProgramsOverGrpcTest.fieldViolations(keyless));
    }

    private static OfferRewardRequest offer(String program, String customer, String reward, String reason, String key) {
        return OfferRewardRequest.newBuilder().setProgramId(program).setCustomerId(customer).setRewardId(reward)
                .setReason(reason).setIdempotencyKey(key).build();
    }

    private long stock(String program) {
        return loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build()).getRewards(0).getStock();
    }

    private List<Redemption> redemptions(String program, String customer) {
        return loyalty.exportMember(ExportMemberRequest.newBuilder().setCustomerId(customer).setProgramId(program).build())
                .getMemberships(0).getRedemptionsList();
    }

    private Balance balance(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance();
    }
}
