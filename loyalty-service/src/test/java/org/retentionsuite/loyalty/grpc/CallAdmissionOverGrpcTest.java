package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.LedgerInvariant;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseResponse;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Overload: with three calls in progress (purchases held on the member's row lock), a fourth call
 * is refused at once with RESOURCE_EXHAUSTED and changes nothing; once the three are through, its
 * retry with the same key earns its points once, and the ledger adds up.
 */
@QuarkusTest
@TestProfile(CallAdmissionOverGrpcTest.ThreeCallsAtOnce.class)
class CallAdmissionOverGrpcTest {

    public static class ThreeCallsAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("retention.loyalty.calls.max-in-progress", "3");
        }
    }

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    CallAdmission admission;

    @Inject
    DataSource dataSource;

    @Inject
    LedgerInvariant ledger;

    @Test
    void aCallBeyondTheLimitIsRefusedAtOnceAndItsRetryEarnsOnce() throws Exception {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        List<Future<RecordPurchaseResponse>> held = new ArrayList<>();
        RecordPurchaseRequest fourth = purchase(program, customer, "O-4", 40_00);
        try {
            try (Connection lock = lockMember(program, customer)) {
                for (int i = 1; i <= 3; i++) {
                    RecordPurchaseRequest request = purchase(program, customer, "O-" + i, i * 10_00);
                    held.add(callers.submit(() -> loyalty.recordPurchase(request)));
                }
                awaitInProgress(3);

                StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                        () -> loyalty.recordPurchase(fourth));
                StatusRuntimeException read = assertThrows(StatusRuntimeException.class, () -> loyalty.getMember(
                        GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build()));

                assertEquals(Status.Code.RESOURCE_EXHAUSTED, refused.getStatus().getCode());
                assertEquals("the loyalty service has 3 calls in progress, its limit; nothing was done, retry with back-off",
                        refused.getStatus().getDescription());
                assertEquals(Status.Code.RESOURCE_EXHAUSTED, read.getStatus().getCode());
                assertEquals(3, admission.inProgress());
                lock.commit();
            }
            long earned = 0;
            for (Future<RecordPurchaseResponse> call : held) {
                earned += call.get(30, TimeUnit.SECONDS).getPointsEarned();
            }
            assertEquals(60, earned);

            RecordPurchaseResponse retried = loyalty.recordPurchase(fourth);
            RecordPurchaseResponse replayed = loyalty.recordPurchase(fourth);

            assertEquals(40, retried.getPointsEarned());
            assertEquals(retried, replayed);
            Balance balance = loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program)
                    .setCustomerId(customer).build()).getMember().getBalance();
            assertEquals(Balance.newBuilder().setActive(100).setLifetimeEarned(100).build(), balance);
            ledger.assertConsistent(program, customer, balance);
            assertEquals(0, admission.inProgress());
        } finally {
            callers.shutdownNow();
        }
    }

    /** Holds the member's row lock until the connection commits or closes: purchases of the member wait on it. */
    private Connection lockMember(String program, String customer) throws SQLException {
        Connection lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        try (PreparedStatement member = lock.prepareStatement(
                "SELECT id FROM member WHERE program_id = ? AND customer_id = ? FOR UPDATE")) {
            member.setObject(1, UUID.fromString(program));
            member.setString(2, customer);
            member.executeQuery().close();
        }
        return lock;
    }

    /** Waits until exactly {@code calls} are in progress. */
    private void awaitInProgress(int calls) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (admission.inProgress() != calls) {
            assertTrue(System.nanoTime() < deadline, "calls in progress: " + admission.inProgress() + ", expected " + calls);
            Thread.sleep(10);
        }
    }
}
