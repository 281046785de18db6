package org.retentionsuite.loyalty.grpc;

import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CapPeriod;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.RecordEventRequest;
import org.retentionsuite.proto.loyalty.v1.RecordEventResponse;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.newProgram;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.purchase;
import static org.retentionsuite.loyalty.grpc.LoyaltyCalls.reason;

@QuarkusTest
class EventsAndReferralsOverGrpcTest {

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Test
    void aNewMemberEarnsTheSignUpBonus() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        rule(program, "sign_up", 25, 0, CapPeriod.CAP_PERIOD_UNSPECIFIED);

        Member member = enroll(program, "ada", "ada@example.com", "");

        assertEquals(25, member.getBalance().getActive());
    }

    @Test
    void anEventEarnsUpToItsCapAndSaysWhyWhenItStops() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        rule(program, "app_check_in", 5, 2, CapPeriod.CAP_PERIOD_DAY);
        enroll(program, "ada", "", "");

        RecordEventResponse first = event(program, "ada", "app_check_in", "k1");
        RecordEventResponse second = event(program, "ada", "app_check_in", "k2");
        RecordEventResponse third = event(program, "ada", "app_check_in", "k3");
        RecordEventResponse firstAgain = event(program, "ada", "app_check_in", "k1");
        RecordEventResponse unknown = event(program, "ada", "moon_landing", "k4");

        assertEquals(List.of(5L, 5L, 0L), List.of(first.getPointsEarned(), second.getPointsEarned(), third.getPointsEarned()));
        assertEquals("event app_check_in earned points 2 times this day already", third.getNotEarnedReason());
        assertEquals(first, firstAgain);
        assertEquals("no active rule for event moon_landing", unknown.getNotEarnedReason());
        assertEquals(10, balance(program, "ada"));
    }

    @Test
    void aReferralRewardsBothOnTheNewMembersFirstPurchaseOnly() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        rule(program, "referral", 100, 0, CapPeriod.CAP_PERIOD_UNSPECIFIED);
        rule(program, "referred", 50, 0, CapPeriod.CAP_PERIOD_UNSPECIFIED);
        Member ada = enroll(program, "ada", "ada@example.com", "");

        Member bob = enroll(program, "bob", "bob@example.com", ada.getReferralCode().toLowerCase());
        long adaBeforeBobBuys = balance(program, "ada");
        loyalty.recordPurchase(purchase(program, "bob", "O-1", 20_00));
        loyalty.recordPurchase(purchase(program, "bob", "O-2", 20_00));

        assertEquals("ada", bob.getReferredBy());
        assertEquals(0, adaBeforeBobBuys);
        assertEquals(100, balance(program, "ada"));
        assertEquals(20 + 50 + 20, balance(program, "bob"));
    }

    @Test
    void referringOneselfIsRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        Member ada = enroll(program, "ada", "ada@example.com", "");

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> enroll(program, "ada-2", "ADA@example.com", ada.getReferralCode()));

        assertEquals("SELF_REFERRAL", reason(refused));
    }

    @Test
    void moreReferralsInAWeekThanTheReferralCapAreRefused() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());
        rule(program, "referral", 100, 2, CapPeriod.CAP_PERIOD_WEEK);
        Member ada = enroll(program, "ada", "", "");
        enroll(program, "friend-1", "", ada.getReferralCode());
        enroll(program, "friend-2", "", ada.getReferralCode());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> enroll(program, "friend-3", "", ada.getReferralCode()));

        assertEquals("REFERRAL_LIMIT_REACHED", reason(refused));
    }

    @Test
    void anUnknownReferralCodeIsNamed() {
        String program = newProgram(loyalty, CreateProgramRequest.newBuilder());

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> enroll(program, "ada", "", "NOPE1234"));

        assertEquals(Map.of("referral_code", "is not a referral code of program " + program),
                ProgramsOverGrpcTest.fieldViolations(refused));
    }

    private void rule(String program, String key, long points, int cap, CapPeriod period) {
        loyalty.createEventRule(CreateEventRuleRequest.newBuilder().setProgramId(program).setEventKey(key)
                .setPoints(points).setCapCount(cap).setCapPeriod(period).build());
    }

    private Member enroll(String program, String customer, String email, String referralCode) {
        return loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setEmail(email).setReferralCode(referralCode).build()).getMember();
    }

    private RecordEventResponse event(String program, String customer, String key, String idempotencyKey) {
        return loyalty.recordEvent(RecordEventRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setEventKey(key).setIdempotencyKey(idempotencyKey).build());
    }

    private long balance(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance().getActive();
    }
}
