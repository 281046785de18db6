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
import org.retentionsuite.proto.loyalty.v1.AdjustPointsRequest;
import org.retentionsuite.proto.loyalty.v1.AdjustPointsResponse;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.ExpiryKind;
import org.retentionsuite.proto.loyalty.v1.ExpiryPolicy;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LedgerEntry;
import org.retentionsuite.proto.loyalty.v1.LedgerEntryKind;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.ListExpiringPointsRequest;
import org.retentionsuite.proto.loyalty.v1.ListLedgerEntriesRequest;
import org.retentionsuite.proto.loyalty.v1.RecordReturnRequest;

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
class AdjustmentsOverGrpcTest {

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
    void aPositiveAdjustmentAddsAnActiveLotThatExpiresUnderTheProgrammesPolicy() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder()
                .setPendingDays(14)
                .setExpiry(ExpiryPolicy.newBuilder().setKind(ExpiryKind.EXPIRY_KIND_AFTER_DAYS).setDays(30)));
        String customer = newMember(loyalty, program);

        AdjustPointsResponse adjusted = loyalty.adjustPoints(adjust(program, customer, 120, "goodwill", "adj-1"));

        assertEquals(120, adjusted.getPointsAdjusted());
        assertEquals(Balance.newBuilder().setActive(120).build(), adjusted.getBalance());
        LedgerEntry entry = entries(program, customer).get(0);
        assertEquals(LedgerEntryKind.LEDGER_ENTRY_KIND_ADJUST, entry.getKind());
        assertEquals("goodwill", entry.getDescription());
        assertEquals(120, entry.getActiveDelta());
        assertEquals(120, loyalty.listExpiringPoints(ListExpiringPointsRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).setDays(31).build()).getTotal());
        assertEquals(0, loyalty.listExpiringPoints(ListExpiringPointsRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).setDays(29).build()).getTotal());
        ledger.assertConsistent(program, customer, adjusted.getBalance());

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        maintenance.runOnce();
        Balance afterExpiry = balance(program, customer);
        assertEquals(Balance.newBuilder().setExpired(120).build(), afterExpiry);
        ledger.assertConsistent(program, customer, afterExpiry);
    }

    @Test
    void aNegativeAdjustmentTakesActivePointsBackEarliestExpiryFirst() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 50_00));

        AdjustPointsResponse adjusted = loyalty.adjustPoints(adjust(program, customer, -20, "duplicate order", "adj-1"));

        assertEquals(-20, adjusted.getPointsAdjusted());
        assertEquals(Balance.newBuilder().setActive(30).setLifetimeEarned(50).build(), adjusted.getBalance());
        assertEquals(List.of(LedgerEntryKind.LEDGER_ENTRY_KIND_ADJUST, LedgerEntryKind.LEDGER_ENTRY_KIND_EARN),
                entries(program, customer).stream().map(LedgerEntry::getKind).toList());
        ledger.assertConsistent(program, customer, adjusted.getBalance());
    }

    @Test
    void takingBackMoreThanTheActivePointsIsRefusedAndChangesNothing() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 10_00));

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.adjustPoints(adjust(program, customer, -11, "correction", "adj-1")));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("NOT_ENOUGH_POINTS", reason(refused));
        assertEquals(10, balance(program, customer).getActive());
        assertEquals(1, entries(program, customer).size());
        // The refusal is the key's answer: a replay gets it again, even though points arrived meanwhile.
        loyalty.recordPurchase(purchase(program, customer, "O-2", 10_00));
        StatusRuntimeException replayed = assertThrows(StatusRuntimeException.class,
                () -> loyalty.adjustPoints(adjust(program, customer, -11, "correction", "adj-1")));
        assertEquals("NOT_ENOUGH_POINTS", reason(replayed));
        assertEquals(20, balance(program, customer).getActive());
        ledger.assertConsistent(program, customer, balance(program, customer));
    }

    @Test
    void aReplayReturnsTheFirstResultAndTheSameKeyWithAnotherRequestIsRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        AdjustPointsRequest request = adjust(program, customer, 40, "playbook:win-back", "adj-1");

        AdjustPointsResponse first = loyalty.adjustPoints(request);
        AdjustPointsResponse replay = loyalty.adjustPoints(request);
        StatusRuntimeException reused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.adjustPoints(adjust(program, customer, 400, "playbook:win-back", "adj-1")));

        assertEquals(first, replay);
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(reused));
        assertEquals(40, balance(program, customer).getActive());
        assertEquals(1, entries(program, customer).size());
    }

    @Test
    void aPositiveAdjustmentPaysADebtLeftByAReturnFirst() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 30_00));
        loyalty.adjustPoints(adjust(program, customer, -30, "spent elsewhere", "adj-1"));
        loyalty.recordReturn(RecordReturnRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReturnId("R-1").setOrderId("O-1").setAmount(euros(30_00)).build());

        AdjustPointsResponse adjusted = loyalty.adjustPoints(adjust(program, customer, 50, "goodwill", "adj-2"));

        assertEquals(Balance.newBuilder().setActive(20).setLifetimeEarned(30).build(), adjusted.getBalance());
        ledger.assertConsistent(program, customer, adjusted.getBalance());
    }

    @Test
    void zeroPointsNoReasonAndNoKeyAreRefusedOnTheirFields() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.adjustPoints(
                AdjustPointsRequest.newBuilder().setProgramId(program).setCustomerId(customer).build()));
        StatusRuntimeException noKey = assertThrows(StatusRuntimeException.class,
                () -> loyalty.adjustPoints(adjust(program, customer, 5, "goodwill", "")));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of("points", "must not be 0", "reason", "is required"), ProgramsOverGrpcTest.fieldViolations(refused));
        assertEquals(Map.of("idempotency_key", "is required"), ProgramsOverGrpcTest.fieldViolations(noKey));
        assertEquals(0, entries(program, customer).size());
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.adjustPoints(adjust(program, "nobody", 5, "goodwill", "adj-1")));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
    }

    private static AdjustPointsRequest adjust(String program, String customer, long points, String reason, String key) {
        return AdjustPointsRequest.newBuilder().setProgramId(program).setCustomerId(customer).setPoints(points)
                .setReason(reason).setIdempotencyKey(key).build();
    }

    private Balance balance(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance();
    }

    private List<LedgerEntry> entries(String program, String customer) {
        return loyalty.listLedgerEntries(ListLedgerEntriesRequest.newBuilder().setProgramId(program)
                .setCustomerId(customer).build()).getEntriesList();
    }
}
