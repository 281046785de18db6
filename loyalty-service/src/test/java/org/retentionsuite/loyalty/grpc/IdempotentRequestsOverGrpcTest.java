package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.repository.ProgramRepository;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramResponse;
import org.retentionsuite.proto.loyalty.v1.CreateRewardRequest;
import org.retentionsuite.proto.loyalty.v1.CreateRewardResponse;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberResponse;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListRewardsRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.RewardKind;
import org.retentionsuite.proto.loyalty.v1.RewardValue;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newMember;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

/** Item 10: the RPCs whose key is optional honour one like those that require it. */
@QuarkusTest
class IdempotentRequestsOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    ProgramRepository programs;

    @Inject
    EntityManager entityManager;

    @Test
    void aReplayedProgrammeCreationReturnsTheFirstProgrammeAndCreatesOne() {
        String key = "create-" + UUID.randomUUID();
        CreateProgramRequest request = programRequest("Tea Club", key);
        long before = programs.count();

        CreateProgramResponse first = loyalty.createProgram(request);
        CreateProgramResponse replay = loyalty.createProgram(request);

        assertEquals(first, replay);
        assertEquals(before + 1, programs.count());
    }

    @Test
    void theSameKeyForAnotherProgrammeIsRefusedAsReused() {
        String key = "create-" + UUID.randomUUID();
        loyalty.createProgram(programRequest("Tea Club", key));
        long before = programs.count();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.createProgram(programRequest("Coffee Club", key)));

        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(refused));
        assertEquals(before, programs.count());
    }

    @Test
    void withoutAKeyEachCreationCreatesAProgramme() {
        long before = programs.count();

        loyalty.createProgram(programRequest("Tea Club", ""));
        loyalty.createProgram(programRequest("Tea Club", ""));

        assertEquals(before + 2, programs.count());
    }

    @Test
    void aReplayedEnrolmentReturnsTheFirstMemberAndAnotherRequestUnderItsKeyIsRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        EnrollMemberRequest request = EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("C-1")
                .setEmail("ann@example.com").setIdempotencyKey("enrol-1").build();

        EnrollMemberResponse first = loyalty.enrollMember(request);
        EnrollMemberResponse replay = loyalty.enrollMember(request);
        StatusRuntimeException reused = assertThrows(StatusRuntimeException.class, () -> loyalty.enrollMember(
                request.toBuilder().setCustomerId("C-2").build()));

        assertEquals(first, replay);
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(reused));
        assertEquals(1, loyalty.listMembers(ListMembersRequest.newBuilder().setProgramId(program).build()).getMembersCount());
    }

    @Test
    void aRefusedEnrolmentIsReplayedAsTheSameRefusal() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        EnrollMemberRequest again = EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setIdempotencyKey("enrol-again").build();

        StatusRuntimeException first = assertThrows(StatusRuntimeException.class, () -> loyalty.enrollMember(again));
        StatusRuntimeException replay = assertThrows(StatusRuntimeException.class, () -> loyalty.enrollMember(again));

        assertEquals(Status.Code.ALREADY_EXISTS, first.getStatus().getCode());
        assertEquals(first.getStatus().getCode(), replay.getStatus().getCode());
        assertEquals(first.getStatus().getDescription(), replay.getStatus().getDescription());
    }

    @Test
    void aReplayedRewardCreationReturnsTheFirstRewardAndAnotherRequestUnderItsKeyIsRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        CreateRewardRequest request = CreateRewardRequest.newBuilder().setProgramId(program).putName("en", "Free coffee")
                .setKind(RewardKind.REWARD_KIND_FREE_PRODUCT).setPointsCost(100)
                .setValue(RewardValue.newBuilder().setSku("COFFEE-1")).setIdempotencyKey("reward-1").build();

        CreateRewardResponse first = loyalty.createReward(request);
        CreateRewardResponse replay = loyalty.createReward(request);
        StatusRuntimeException reused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.createReward(request.toBuilder().setPointsCost(200).build()));

        assertEquals(first, replay);
        assertEquals("IDEMPOTENCY_KEY_REUSED", reason(reused));
        assertEquals(1, loyalty.listRewards(ListRewardsRequest.newBuilder().setProgramId(program).build()).getRewardsCount());
    }

    @Test
    void aSuspensionReplayedUnderItsKeyIsAnsweredOnce() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        String customer = newMember(loyalty, program);
        SuspendMemberRequest request = SuspendMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setReason("fraud check").setIdempotencyKey("suspend-1").build();

        assertEquals(loyalty.suspendMember(request), loyalty.suspendMember(request));
    }

    @Test
    void aKeyWhoseFirstRequestIsStillRunningIsRefusedAsInFlight() {
        String key = "create-" + UUID.randomUUID();
        long before = programs.count();

        StatusRuntimeException inFlight = QuarkusTransaction.requiringNew().call(() -> {
            // The lock the service takes for the key while it works on the first request.
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1 || chr(31) || ?2, 0))")
                    .setParameter(1, "program").setParameter(2, key).getSingleResult();
            return assertThrows(StatusRuntimeException.class, () -> loyalty.createProgram(programRequest("Tea Club", key)));
        });

        assertEquals(Status.Code.ABORTED, inFlight.getStatus().getCode());
        assertEquals(before, programs.count());
        loyalty.createProgram(programRequest("Tea Club", key));
        assertEquals(before + 1, programs.count());
    }

    private static CreateProgramRequest programRequest(String name, String key) {
        return CreateProgramRequest.newBuilder().setName(name).setCurrencyCode("EUR").setTimeZone("Europe/Amsterdam")
                .setPointsPerCurrencyUnit("1").setIdempotencyKey(key).build();
    }
}
