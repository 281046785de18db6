package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.PointsAdjustment;
import org.retentionsuite.loyalty.domain.Program;

/** Adjusts a member's points by hand or for a segmentation playbook: an ADJUST entry with the reason. */
@ApplicationScoped
public class AdjustmentService {

    private final ProgramService programs;
    private final MemberLocks memberLocks;
    private final PointsLedger ledger;

    public AdjustmentService(ProgramService programs, MemberLocks memberLocks, PointsLedger ledger) {
        this.programs = programs;
        this.memberLocks = memberLocks;
        this.ledger = ledger;
    }

    /** The points moved and the balance after them. */
    public record Adjusted(long points, Balance balance) {
    }

    /** Refused with NOT_ENOUGH_POINTS when a negative adjustment asks for more than the active points. */
    @Transactional
    public Adjusted adjust(PointsAdjustment adjustment) {
        Program program = programs.requireProgram(adjustment.programId());
        Member member = memberLocks.lockActive(adjustment.programId(), adjustment.customerId());
        ledger.adjust(member, program, adjustment.points(), adjustment.reason());
        return new Adjusted(adjustment.points(), member.balance());
    }
}
