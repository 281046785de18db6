package org.retentionsuite.loyalty.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersRequest;
import org.retentionsuite.proto.loyalty.v1.ListMembersResponse;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.MemberStatus;
import org.retentionsuite.proto.loyalty.v1.ReactivateMemberRequest;
import org.retentionsuite.proto.loyalty.v1.SuspendMemberRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

@QuarkusTest
class MemberProfilesOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Test
    void aMemberKeepsItsProfileAndGetsItsOwnReferralCode() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        Member ada = enroll(program, "ada", "NL", "1990-04-23", true);
        Member bob = enroll(program, "bob", "", "", false);

        assertEquals("NL", ada.getCountry());
        assertEquals("1990-04-23", ada.getBirthday());
        assertTrue(ada.getMarketingConsent());
        assertTrue(ada.getReferralCode().matches("[0-9A-HJKMNP-TV-Z]{8}"), ada.getReferralCode());
        assertNotEquals(ada.getReferralCode(), bob.getReferralCode());
        assertEquals("", bob.getBirthday());
    }

    @Test
    void aBadCountryOrBirthdayIsNamed() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.enrollMember(
                EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("x").setCountry("Holland")
                        .setBirthday("23-04-1990").build()));

        assertEquals(Map.of("country", "is not an ISO 3166-1 alpha-2 country code such as \"NL\"",
                "birthday", "is not a date such as \"1990-04-23\""), ProgramsOverGrpcTest.fieldViolations(refused));
    }

    @Test
    void membersAreListedInCustomerIdOrderPageByPageWithFilters() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        enroll(program, "c-1", "NL", "", true);
        enroll(program, "c-2", "BE", "", false);
        enroll(program, "c-3", "NL", "", false);
        enroll(program, "c-4", "NL", "", true);
        enroll(program, "c-5", "NL", "", true);

        List<List<String>> pages = new ArrayList<>();
        String token = "";
        do {
            ListMembersResponse page = loyalty.listMembers(ListMembersRequest.newBuilder().setProgramId(program)
                    .setCountry("NL").setPageSize(2).setPageToken(token).build());
            pages.add(page.getMembersList().stream().map(Member::getCustomerId).toList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        ListMembersResponse consenting = loyalty.listMembers(ListMembersRequest.newBuilder().setProgramId(program)
                .setMarketingConsentOnly(true).build());

        assertEquals(List.of(List.of("c-1", "c-3"), List.of("c-4", "c-5")), pages);
        assertEquals(List.of("c-1", "c-4", "c-5"), consenting.getMembersList().stream().map(Member::getCustomerId).toList());
    }

    @Test
    void aSuspendedMemberNeitherEarnsNorIsListedAsActiveUntilReactivated() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        enroll(program, "c-1", "", "", false);

        Member suspended = loyalty.suspendMember(SuspendMemberRequest.newBuilder().setProgramId(program)
                .setCustomerId("c-1").setReason("fraud review").build()).getMember();
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> loyalty.recordPurchase(purchase(program, "c-1", "O-1", 10_00)));
        List<Member> active = loyalty.listMembers(ListMembersRequest.newBuilder().setProgramId(program)
                .setStatus(MemberStatus.MEMBER_STATUS_ACTIVE).build()).getMembersList();
        Member reactivated = loyalty.reactivateMember(ReactivateMemberRequest.newBuilder().setProgramId(program)
                .setCustomerId("c-1").build()).getMember();
        long earned = loyalty.recordPurchase(purchase(program, "c-1", "O-2", 10_00)).getPointsEarned();

        assertEquals(MemberStatus.MEMBER_STATUS_SUSPENDED, suspended.getStatus());
        assertEquals("fraud review", suspended.getStatusReason());
        assertEquals(Status.Code.FAILED_PRECONDITION, refused.getStatus().getCode());
        assertEquals("MEMBER_SUSPENDED", reason(refused));
        assertEquals(List.of(), active);
        assertEquals(MemberStatus.MEMBER_STATUS_ACTIVE, reactivated.getStatus());
        assertEquals("", reactivated.getStatusReason());
        assertEquals(10, earned);
    }

    @Test
    void aPageTokenThatWasNeverGivenOutIsRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> loyalty.listMembers(
                ListMembersRequest.newBuilder().setProgramId(program).setPageToken("%%%").build()));

        assertEquals(Map.of("page_token", "is not a page token this service gave out"),
                ProgramsOverGrpcTest.fieldViolations(refused));
    }

    private Member enroll(String program, String customer, String country, String birthday, boolean consent) {
        return loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setCountry(country).setBirthday(birthday).setMarketingConsent(consent).build()).getMember();
    }
}
