package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.MemberEnrollment;
import org.retentionsuite.gateway.api.MemberView;
import org.retentionsuite.gateway.api.ProgramCreation;
import org.retentionsuite.gateway.api.ProgramView;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.Program;

import java.math.BigDecimal;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** The loyalty API's JSON and the loyalty contract. */
@ApplicationScoped
public class LoyaltyMapping {

    public CreateProgramRequest toRequest(ProgramCreation program) {
        return CreateProgramRequest.newBuilder()
                .setName(program.name())
                .setCurrencyCode(program.currency())
                .setTimeZone(program.timeZone())
                .setPointsPerCurrencyUnit(program.pointsPerCurrencyUnit().toPlainString())
                .build();
    }

    public ProgramView toView(Program program) {
        return new ProgramView(program.getId(), program.getName(), program.getCurrencyCode(), program.getTimeZone(),
                new BigDecimal(program.getPointsPerCurrencyUnit()), toInstant(program.hasCreatedAt(), program.getCreatedAt()));
    }

    public EnrollMemberRequest toRequest(String programId, MemberEnrollment enrollment) {
        return EnrollMemberRequest.newBuilder()
                .setProgramId(programId)
                .setCustomerId(enrollment.customerId())
                .setEmail(orEmpty(enrollment.email()))
                .setLocale(orEmpty(enrollment.locale()))
                .setName(orEmpty(enrollment.name()))
                .build();
    }

    public MemberView toView(Member member) {
        var balance = member.getBalance();
        return new MemberView(member.getProgramId(), member.getCustomerId(), orNull(member.getEmail()),
                orNull(member.getLocale()), orNull(member.getName()), member.getStatus().name().replace("MEMBER_STATUS_", ""),
                new MemberView.BalanceView(balance.getActive(), balance.getPending(), balance.getReserved()),
                null, toInstant(member.hasEnrolledAt(), member.getEnrolledAt()));
    }
}
