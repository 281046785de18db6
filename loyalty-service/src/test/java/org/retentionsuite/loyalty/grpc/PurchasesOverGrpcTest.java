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
import org.retentionsuite.proto.loyalty.v1.CreateEarningRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EarningRuleMatch;
import org.retentionsuite.proto.loyalty.v1.ExpiryKind;
import org.retentionsuite.proto.loyalty.v1.ExpiryPolicy;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LedgerEntryKind;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsRequest;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsResponse;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesResponse;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.PurchaseLine;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.euros;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

@QuarkusTest
class PurchasesOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    MovableClock clock;

    @Inject
    LotMaintenance maintenance;

    @Inject
    LedgerInvariant ledger;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPurchaseEarnsTheBaseRatePlusItsCategoryBonusWithABreakdown() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        loyalty.createEarningRule(CreateEarningRuleRequest.newBuilder().setProgramId(program)
                .setMatch(EarningRuleMatch.EARNING_RULE_MATCH_CATEGORY).setValue("coffee").setMultiplier("3").build());
        String customer = newMember(loyalty, program);

        RecordPurchaseResponse earned = loyalty.recordPurchase(purchase(program, customer, "O-1", 42_50).toBuilder()
                .addLines(PurchaseLine.newBuilder().setSku("BEANS").setCategory("coffee").setQuantity(1).setAmount(euros(10_00)))
                .build());

        assertEquals(62, earned.getPointsEarned());
        assertEquals(List.of(42L, 20L), earned.getBreakdownList().stream().map(b -> b.getPoints()).toList());
        assertEquals(Balance.newBuilder().setActive(62).setLifetimeEarned(62).build(), earned.getBalance());
        ledger.assertConsistent(program, customer, earned.getBalance());
    }

    @Test
    void aReplayedPurchaseReturnsTheFirstResultAndEarnsNothingTwice() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        RecordPurchaseRequest request = purchase(program, customer, "O-1", 25_00);

        RecordPurchaseResponse first = loyalty.recordPurchase(request);
        RecordPurchaseResponse replay = loyalty.recordPurchase(request);

        assertEquals(first, replay);
        Balance balance = memberBalance(program, customer);
        assertEquals(25, balance.getActive());
        assertEquals(1, entries(program, customer).getEntriesCount());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAsReused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 25_00));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.recordPurchase(
                purchase(program, customer, "O-1", 99_00)));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(refused));
        assertEquals(25, memberBalance(program, customer).getActive());
    }

    @Test
    void theSameOrderUnderAnotherKeyIsRecordedOnce() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 25_00));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.recordPurchase(
                purchase(program, customer, "O-1", 25_00).toBuilder().setIdempotencyKey("another-key").build()));

        assertEquals(Status.Code.ALREADY_EXISTS, refused.getStatus().getCode());
        assertEquals(25, memberBalance(program, customer).getActive());
    }

    @Test
    void pendingPointsBecomeSpendableWhenTheirPeriodEnds() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder().setPendingDays(14));
        String customer = newMember(loyalty, program);
        RecordPurchaseResponse earned = loyalty.recordPurchase(purchase(program, customer, "O-1", 30_00));
        assertEquals(Balance.newBuilder().setPending(30).setLifetimeEarned(30).build(), earned.getBalance());

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        maintenance.runOnce();
        maintenance.runOnce(); // a second pass finds nothing left to do

        Balance balance = memberBalance(program, customer);
        assertEquals(Balance.newBuilder().setActive(30).setLifetimeEarned(30).build(), balance);
        assertEquals(List.of(LedgerEntryKind.LEDGER_ENTRY_KIND_ACTIVATE, LedgerEntryKind.LEDGER_ENTRY_KIND_EARN),
                entries(program, customer).getEntriesList().stream().map(e -> e.getKind()).toList());
        ledger.assertConsistent(program, customer, balance);
    }

    @Test
    void pointsExpireAfterTheirDaysAndAreListedAsExpiringBefore() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder()
                .setExpiry(ExpiryPolicy.newBuilder().setKind(ExpiryKind.EXPIRY_KIND_AFTER_DAYS).setDays(30)));
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 40_00));

        ListExpiringPointsResponse soon = loyalty.listExpiringPoints(ListExpiringPointsRequest.newBuilder()
                .setProgramId(program).setCustomerId(customer).setDays(31).build());
        ListExpiringPointsResponse notYet = loyalty.listExpiringPoints(ListExpiringPointsRequest.newBuilder()
                .setProgramId(program).setCustomerId(customer).setDays(29).build());
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        maintenance.runOnce();

        assertEquals(40, soon.getTotal());
        assertEquals(0, notYet.getTotal());
        Balance balance = memberBalance(program, customer);
        assertEquals(Balance.newBuilder().setActive(0).setLifetimeEarned(40).setExpired(40).build(), balance);
        ledger.assertConsistent(program, customer, balance);
    }

    @Test
    void anInvalidPurchaseNamesEveryBadFieldAndEarnsNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.recordPurchase(
                purchase(program, customer, "", 0).toBuilder().setIdempotencyKey("").clearOccurredAt().build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("order_id", "is required", "idempotency_key", "is required",
                        "amount.amount_minor", "must be more than 0", "occurred_at", "is required"),
                ProgramsOverGrpcTest.fieldViolations(refused));
        assertEquals(Balance.getDefaultInstance(), memberBalance(program, customer));
    }

    @Test
    void anEarningRuleAddedAfterPurchasesAppliesToTheNextPurchaseAtOnce() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        assertEquals(10, loyalty.recordPurchase(purchase(program, customer, "O-1", 10_00).toBuilder()
                .addLines(PurchaseLine.newBuilder().setSku("BEANS").setCategory("coffee").setQuantity(1)
                        .setAmount(euros(10_00))).build()).getPointsEarned());

        loyalty.createEarningRule(CreateEarningRuleRequest.newBuilder().setProgramId(program)
                .setMatch(EarningRuleMatch.EARNING_RULE_MATCH_CATEGORY).setValue("coffee").setMultiplier("2").build());

        assertEquals(20, loyalty.recordPurchase(purchase(program, customer, "O-2", 10_00).toBuilder()
                .addLines(PurchaseLine.newBuilder().setSku("BEANS").setCategory("coffee").setQuantity(1)
                        .setAmount(euros(10_00))).build()).getPointsEarned());
    }

    @Test
    void aPurchaseBySomeoneWhoIsNotAMemberIsNotFound() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.recordPurchase(purchase(program, "stranger", "O-1", 10_00)));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
    }

    private Balance memberBalance(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance();
    }

    private ListLedgerEntriesResponse entries(String program, String customer) {
        return loyalty.listLedgerEntries(ListLedgerEntriesRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).build());
    }
}
