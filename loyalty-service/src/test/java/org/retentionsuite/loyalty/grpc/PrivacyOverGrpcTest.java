package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExportMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ExportMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ForgetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LedgerEntryKind;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.MemberExport;
import org.retentionsuite.proto.loyalty.v1.RedeemRewardRequest;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newReward;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;

@QuarkusTest
class PrivacyOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    EntityManager entityManager;

    @Test
    void anExportHoldsEveryMembershipWithItsLedgerAndRedemptions() {
        String customer = "C-" + UUID.randomUUID();
        String coffee = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String books = newProgram(loyalty, CreateProgramRequest.newBuilder());
        enroll(coffee, customer);
        enroll(books, customer);
        loyalty.recordPurchase(purchase(coffee, customer, "O-1", 30_00));
        String reward = newReward(loyalty, coffee, 10, null);
        loyalty.redeemReward(RedeemRewardRequest.newBuilder().setProgramId(coffee).setCustomerId(customer)
                .setRewardId(reward).setIdempotencyKey("k").build());

        ExportMemberResponse export = loyalty.exportMember(ExportMemberRequest.newBuilder().setCustomerId(customer).build());

        assertEquals(List.of(coffee, books), export.getMembershipsList().stream().map(m -> m.getMember().getProgramId()).toList());
        MemberExport inCoffee = export.getMemberships(0);
        assertEquals("ada@example.com", inCoffee.getMember().getEmail());
        assertEquals(List.of(LedgerEntryKind.LEDGER_ENTRY_KIND_EARN, LedgerEntryKind.LEDGER_ENTRY_KIND_SPEND),
                inCoffee.getEntriesList().stream().map(e -> e.getKind()).toList());
        assertEquals(1, inCoffee.getRedemptionsCount());
        assertEquals(0, export.getMemberships(1).getEntriesCount());
    }

    @Test
    void aForgottenCustomerIsGoneWhileItsLedgerStillAddsUp() {
        String customer = "C-" + UUID.randomUUID();
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        enroll(program, customer);
        loyalty.recordPurchase(purchase(program, customer, "O-1", 42_00));

        int forgotten = loyalty.forgetMember(ForgetMemberRequest.newBuilder().setCustomerId(customer).build())
                .getMembershipsForgotten();
        int again = loyalty.forgetMember(ForgetMemberRequest.newBuilder().setCustomerId(customer).build())
                .getMembershipsForgotten();

        assertEquals(1, forgotten);
        assertEquals(0, again);
        assertEquals(0, loyalty.exportMember(ExportMemberRequest.newBuilder().setCustomerId(customer).build())
                .getMembershipsCount());
        StatusRuntimeException gone = assertThrows(StatusRuntimeException.class, () -> loyalty.getMember(
                GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build()));
        assertEquals(Status.Code.NOT_FOUND, gone.getStatus().getCode());
        Object[] anonymous = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        SELECT m.customer_id, m.email, m.active_points, (SELECT sum(active_delta) FROM ledger_entry e WHERE e.member_id = m.id)
                        FROM member m WHERE m.program_id = ?1""")
                .setParameter(1, UUID.fromString(program)).getSingleResult());
        assertEquals(true, ((String) anonymous[0]).startsWith("forgotten:"));
        assertEquals(null, anonymous[1]);
        assertEquals(42L, ((Number) anonymous[2]).longValue());
        assertEquals(42L, ((Number) anonymous[3]).longValue());
    }

    private void enroll(String program, String customer) {
        loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setEmail("ada@example.com").setName("Ada").setBirthday("1990-04-23").build());
    }
}
