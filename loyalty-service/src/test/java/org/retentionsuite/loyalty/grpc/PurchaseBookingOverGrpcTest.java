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
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateTierLadderRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LedgerEntryKind;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;
import org.retentionsuite.proto.loyalty.v1.Tier;
import org.retentionsuite.proto.loyalty.v1.TierBasis;
import org.retentionsuite.proto.loyalty.v1.TierWindowKind;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.timestamp;

/**
 * Purchases booked on one plain JDBC transaction (PurchaseRecorder): the same points, answers and
 * refusals as before, also under concurrency, and the rare purchases that go the full way.
 */
@QuarkusTest
class PurchaseBookingOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    MovableClock clock;

    @Inject
    LedgerInvariant ledger;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void concurrentRepeatsOfOnePurchaseEarnItsPointsOnce() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        RecordPurchaseRequest request = purchase(program, customer, "O-1", 37_00);

        List<Object> outcomes = concurrently(16, () -> loyalty.recordPurchase(request));
        RecordPurchaseResponse replay = loyalty.recordPurchase(request);

        Set<Object> answers = new HashSet<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof StatusRuntimeException refused) {
                assertEquals(Status.Code.ABORTED, refused.getStatus().getCode(), refused.toString());
            } else {
                answers.add(outcome);
            }
        }
        assertTrue(answers.size() <= 1, "every answer is the same: " + answers);
        answers.forEach(answer -> assertEquals(replay, answer));
        assertEquals(37, replay.getPointsEarned());
        assertEquals(Balance.newBuilder().setActive(37).setLifetimeEarned(37).build(), member(program, customer).getBalance());
        assertEquals(1, loyalty.listLedgerEntries(ListLedgerEntriesRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).build()).getEntriesCount());
        ledger.assertConsistent(program, customer, replay.getBalance());
    }

    @Test
    void concurrentPurchasesOfOneMemberAddUpToWhatEachEarned() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        int[] order = {0};
        List<RecordPurchaseRequest> requests = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            requests.add(purchase(program, customer, "O-" + i, i * 1_00 + 50));
        }

        List<Object> outcomes = concurrently(20, () -> {
            RecordPurchaseRequest request;
            synchronized (order) {
                request = requests.get(order[0]++);
            }
            return loyalty.recordPurchase(request);
        });

        long earned = 0;
        for (Object outcome : outcomes) {
            earned += ((RecordPurchaseResponse) outcome).getPointsEarned();
        }
        assertEquals(210, earned); // 1 + 2 + ... + 20 euros; the 50 cents round down
        Balance balance = member(program, customer).getBalance();
        assertEquals(Balance.newBuilder().setActive(210).setLifetimeEarned(210).build(), balance);
        ledger.assertConsistent(program, customer, balance);
    }

    @Test
    void aPurchaseAfterPendingPointsFellDueActivatesThemFirst() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder().setPendingDays(14));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 30_00).toBuilder()
                .setOccurredAt(timestamp(clock.instant())).build());

        clock.advance(Duration.ofDays(15));
        RecordPurchaseResponse second = loyalty.recordPurchase(purchase(program, customer, "O-2", 20_00).toBuilder()
                .setOccurredAt(timestamp(clock.instant())).build());

        assertEquals(Balance.newBuilder().setActive(30).setPending(20).setLifetimeEarned(50).build(), second.getBalance());
        assertEquals(List.of(LedgerEntryKind.LEDGER_ENTRY_KIND_EARN, LedgerEntryKind.LEDGER_ENTRY_KIND_ACTIVATE,
                        LedgerEntryKind.LEDGER_ENTRY_KIND_EARN),
                loyalty.listLedgerEntries(ListLedgerEntriesRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                        .build()).getEntriesList().stream().map(e -> e.getKind()).toList()); // the same newest or oldest first
        ledger.assertConsistent(program, customer, second.getBalance());
    }

    @Test
    void aRefusedPurchaseIsReplayedAsTheSameRefusalAfterTheMemberIsReactivated() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.suspendMember(SuspendMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReason("fraud check").build());
        RecordPurchaseRequest request = purchase(program, customer, "O-1", 25_00);

        StatusRuntimeException first = assertThrows(StatusRuntimeException.class, () -> loyalty.recordPurchase(request));
        loyalty.reactivateMember(ReactivateMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build());
        StatusRuntimeException replay = assertThrows(StatusRuntimeException.class, () -> loyalty.recordPurchase(request));

        assertEquals("MEMBER_SUSPENDED", reason(first));
        assertEquals("MEMBER_SUSPENDED", reason(replay));
        assertEquals(first.getStatus().getDescription(), replay.getStatus().getDescription());
        assertEquals(Balance.getDefaultInstance(), member(program, customer).getBalance());
    }

    @Test
    void aPurchaseOfSomeoneWhoIsNotAMemberIsNotFoundAndEarnsNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.recordPurchase(purchase(program, "nobody", "O-1", 25_00)));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
    }

    @Test
    void theBalanceReadShowsTheCommittedBalanceTierAndReferrer() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        loyalty.createTierLadder(CreateTierLadderRequest.newBuilder().setProgramId(program)
                .setBasis(TierBasis.TIER_BASIS_POINTS_EARNED).setWindowKind(TierWindowKind.TIER_WINDOW_KIND_ROLLING_DAYS)
                .setWindowDays(365)
                .addTiers(Tier.newBuilder().setName("Silver").setThreshold(100).setEarnMultiplier("1.5")).build());
        String referrer = newMember(loyalty, program);
        String referralCode = member(program, referrer).getReferralCode();
        String customer = "C-referred";
        loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReferralCode(referralCode).build());

        loyalty.recordPurchase(purchase(program, customer, "O-1", 60_00)); // the referral's first: the full way
        RecordPurchaseResponse second = loyalty.recordPurchase(purchase(program, customer, "O-2", 50_00));
        Member read = member(program, customer);

        assertEquals(110, read.getBalance().getActive());
        assertEquals(second.getBalance(), read.getBalance());
        assertEquals("Silver", read.getTier());
        assertEquals(referrer, read.getReferredBy());
        ledger.assertConsistent(program, customer, read.getBalance());
    }

    private Member member(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember();
    }

    /** Runs the call on {@code threads} threads released at once; each outcome is the answer or the exception. */
    private static List<Object> concurrently(int threads, Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (StatusRuntimeException refused) {
                        return refused;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
