package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Enrollment;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.MemberRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Enrols customers in programmes and reads members with their balance. */
@ApplicationScoped
public class MembershipService {

    private final ProgramService programs;
    private final MemberRepository members;
    private final Clock clock;

    public MembershipService(ProgramService programs, MemberRepository members, Clock clock) {
        this.programs = programs;
        this.members = members;
        this.clock = clock;
    }

    /** A member with the balance its ledger implies. */
    public record MemberAccount(Member member, Balance balance) {
    }

    @Transactional
    public MemberAccount enroll(Enrollment enrollment) {
        programs.requireProgram(enrollment.programId());
        if (members.findByCustomer(enrollment.programId(), enrollment.customerId()).isPresent()) {
            throw alreadyEnrolled(enrollment.programId(), enrollment.customerId());
        }
        Member member = new Member(enrollment.programId(), enrollment, clock.instant().truncatedTo(ChronoUnit.MICROS));
        try {
            members.persist(member);
            members.flush(); // a concurrent enrolment of the same customer fails here, on the unique key
        } catch (ConstraintViolationException e) {
            throw alreadyEnrolled(enrollment.programId(), enrollment.customerId());
        }
        return new MemberAccount(member, member.balance());
    }

    @Transactional
    public MemberAccount getMember(String programId, String customerId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        programs.requireProgram(program);
        Member member = members.findByCustomer(program, customer)
                .orElseThrow(() -> MemberLocks.notAMember(program, customer));
        return new MemberAccount(member, member.balance());
    }

    static AlreadyExistsException alreadyEnrolled(UUID programId, String customerId) {
        return new AlreadyExistsException("customer " + customerId + " is a member of program " + programId + " already");
    }
}
