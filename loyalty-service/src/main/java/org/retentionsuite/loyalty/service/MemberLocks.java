package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberStatus;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.repository.MemberRepository;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Finds a member and takes its row lock: every change to a member's points starts here, with the
 * member's lots brought up to date, so nothing spends a lot that expired since the last scheduled pass.
 */
@ApplicationScoped
public class MemberLocks {

    private final MemberRepository members;
    private final PointsLedger ledger;
    private final Clock clock;

    public MemberLocks(MemberRepository members, PointsLedger ledger, Clock clock) {
        this.members = members;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Locks a member whatever its status (to suspend or reactivate it). */
    public Member lock(UUID programId, String customerId) {
        return lock(members.lockByCustomer(programId, customerId).orElseThrow(() -> notAMember(programId, customerId)));
    }

    /** Locks a member that may earn and redeem; a suspended member is refused. */
    public Member lockActive(UUID programId, String customerId) {
        Member member = lock(programId, customerId);
        if (member.status() != MemberStatus.ACTIVE) {
            throw new FailedPreconditionException(FailedPreconditionException.MEMBER_SUSPENDED,
                    "customer " + customerId + " is suspended in program " + programId);
        }
        return member;
    }

    /** Locks a member known by id (a redemption's holder), whatever its status. */
    public Member lockById(UUID memberId) {
        return lock(members.lockById(memberId));
    }

    private Member lock(Member member) {
        ledger.settle(member, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return member;
    }

    static NotFoundException notAMember(UUID programId, String customerId) {
        return new NotFoundException("customer " + customerId + " is not a member of program " + programId);
    }
}
