package org.retentionsuite.loyalty.mapping;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Enrollment;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.ProgramTerms;
import org.retentionsuite.loyalty.service.MembershipService.MemberAccount;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.MemberStatus;
import org.retentionsuite.proto.loyalty.v1.Program;

import java.time.Instant;

/** Converts between the loyalty contract's messages and the domain. */
@ApplicationScoped
public class LoyaltyMapper {

    public ProgramTerms toTerms(CreateProgramRequest request) {
        return ProgramTerms.of(request.getName(), request.getCurrencyCode(), request.getTimeZone(),
                request.getPointsPerCurrencyUnit());
    }

    public Enrollment toEnrollment(EnrollMemberRequest request) {
        return Enrollment.of(request.getProgramId(), request.getCustomerId(), request.getEmail(), request.getLocale(),
                request.getName());
    }

    public Program toProto(org.retentionsuite.loyalty.domain.Program program) {
        return Program.newBuilder()
                .setId(program.id().toString())
                .setName(program.name())
                .setCurrencyCode(program.currency().getCurrencyCode())
                .setTimeZone(program.timeZone().getId())
                .setPointsPerCurrencyUnit(program.pointsPerCurrencyUnit().toPlainString())
                .setCreatedAt(timestamp(program.createdAt()))
                .build();
    }

    public org.retentionsuite.proto.loyalty.v1.Member toProto(MemberAccount account) {
        Member member = account.member();
        Balance balance = account.balance();
        var proto = org.retentionsuite.proto.loyalty.v1.Member.newBuilder()
                .setProgramId(member.programId().toString())
                .setCustomerId(member.customerId())
                .setStatus(MemberStatus.valueOf("MEMBER_STATUS_" + member.status().name()))
                .setBalance(org.retentionsuite.proto.loyalty.v1.Balance.newBuilder()
                        .setActive(balance.active())
                        .setPending(balance.pending())
                        .setReserved(balance.reserved()))
                .setEnrolledAt(timestamp(member.enrolledAt()));
        if (member.email() != null) {
            proto.setEmail(member.email());
        }
        if (member.locale() != null) {
            proto.setLocale(member.locale());
        }
        if (member.name() != null) {
            proto.setName(member.name());
        }
        return proto.build();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
