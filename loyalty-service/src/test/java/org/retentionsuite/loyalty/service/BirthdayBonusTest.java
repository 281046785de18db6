package org.retentionsuite.loyalty.service;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.retentionsuite.proto.loyalty.v1.CreateEventRuleRequest;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc.LoyaltyServiceBlockingStub;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class BirthdayBonusTest {

    /** UTC+14: its day starts before anyone else's, so "today" there is often "tomorrow" in UTC. */
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @GrpcClient("loyalty")
    LoyaltyServiceBlockingStub loyalty;

    @Inject
    BirthdayBonus birthdays;

    @Test
    void membersGetTheBirthdayBonusOnTheirDayInTheProgrammesZoneOnceAYear() {
        String program = loyalty.createProgram(CreateProgramRequest.newBuilder().setName("Birthdays").setCurrencyCode("EUR")
                .setTimeZone(KIRITIMATI.getId()).setPointsPerCurrencyUnit("1").build()).getProgram().getId();
        loyalty.createEventRule(CreateEventRuleRequest.newBuilder().setProgramId(program).setEventKey("birthday")
                .setPoints(30).build());
        LocalDate today = LocalDate.now(KIRITIMATI);
        enroll(program, "today", today.withYear(1990).toString());
        enroll(program, "tomorrow", today.plusDays(1).withYear(1990).toString());

        birthdays.runOnce();
        birthdays.runOnce(); // the same day again: no second bonus

        assertEquals(30, active(program, "today"));
        assertEquals(0, active(program, "tomorrow"));
    }

    private void enroll(String program, String customer, String birthday) {
        loyalty.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer)
                .setBirthday(birthday).build());
    }

    private long active(String program, String customer) {
        return loyalty.getMember(GetMemberRequest.newBuilder().setProgramId(program).setCustomerId(customer).build())
                .getMember().getBalance().getActive();
    }
}
