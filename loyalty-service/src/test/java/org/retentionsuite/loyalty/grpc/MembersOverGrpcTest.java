package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.proto.loyalty.v1.Balance;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.MemberStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class MembersOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    MemberRepository members;

    @Test
    void anEnrolledMemberIsReadBackByCustomerIdWithAnEmptyBalance() {
        String programId = newProgram();

        Member enrolled = loyalty.enrollMember(EnrollMemberRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId("C-1001")
                .setEmail("ada@example.com")
                .setLocale("nl-nl")
                .setName("Ada")
                .build()).getMember();
        Member read = loyalty.getMember(GetMemberRequest.newBuilder()
                .setProgramId(programId).setCustomerId("C-1001").build()).getMember();

        assertEquals(enrolled, read);
        assertEquals("C-1001", read.getCustomerId());
        assertEquals("ada@example.com", read.getEmail());
        assertEquals("nl-NL", read.getLocale());
        assertEquals(MemberStatus.MEMBER_STATUS_ACTIVE, read.getStatus());
        assertEquals(Balance.newBuilder().setActive(0).setPending(0).setReserved(0).build(), read.getBalance());
    }

    @Test
    void enrollingTheSameCustomerTwiceIsRefusedAndKeepsOneMember() {
        String programId = newProgram();
        EnrollMemberRequest request = EnrollMemberRequest.newBuilder().setProgramId(programId).setCustomerId("C-7").build();
        loyalty.enrollMember(request);

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.enrollMember(request));

        assertEquals(Status.Code.ALREADY_EXISTS, refused.getStatus().getCode());
        assertEquals(1, members.count("programId", UUID.fromString(programId)));
    }

    @Test
    void concurrentEnrolmentsOfOneCustomerCreateExactlyOneMember() throws Exception {
        String programId = newProgram();
        EnrollMemberRequest request = EnrollMemberRequest.newBuilder().setProgramId(programId).setCustomerId("C-race").build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Status.Code>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    try {
                        loyalty.enrollMember(request);
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

            assertEquals(1, outcomes.stream().filter(Status.Code.OK::equals).count());
            assertEquals(7, outcomes.stream().filter(Status.Code.ALREADY_EXISTS::equals).count());
            assertEquals(1, members.count("programId", UUID.fromString(programId)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void enrollingInAnUnknownProgramIsNotFound() {
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.enrollMember(EnrollMemberRequest.newBuilder()
                        .setProgramId(UUID.randomUUID().toString()).setCustomerId("C-1").build()));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
    }

    @Test
    void anEnrolmentWithInvalidFieldsNamesEachOfThem() {
        String programId = newProgram();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.enrollMember(EnrollMemberRequest.newBuilder()
                        .setProgramId(programId)
                        .setCustomerId("x".repeat(129))
                        .setEmail("not-an-email")
                        .setLocale("German")
                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode());
        assertEquals(Map.of(
                "customer_id", "is longer than 128 characters",
                "email", "is not an email address",
                "locale", "is not a BCP 47 language tag such as \"en\" or \"nl-NL\""),
                ProgramsOverGrpcTest.fieldViolations(refused));
        assertEquals(0, members.count("programId", UUID.fromString(programId)));
    }

    @Test
    void aCustomerWhoIsNotEnrolledIsNotFound() {
        String programId = newProgram();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(programId).setCustomerId("nobody").build()));

        assertEquals(Status.Code.NOT_FOUND, refused.getStatus().getCode());
        assertEquals("customer nobody is not a member of program " + programId, refused.getStatus().getDescription());
    }

    private String newProgram() {
        return loyalty.createProgram(CreateProgramRequest.newBuilder()
                .setName("Members test").setCurrencyCode("EUR").setTimeZone("Europe/Berlin")
                .setPointsPerCurrencyUnit("1").build()).getProgram().getId();
    }
}
