package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.PointsLot;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Purchase;
import org.retentionsuite.loyalty.domain.PurchaseReturn;
import org.retentionsuite.loyalty.domain.ReturnDraft;
import org.retentionsuite.loyalty.domain.ReturnPolicy;
import org.retentionsuite.loyalty.outbox.ActivityOutbox;
import org.retentionsuite.loyalty.repository.LotRepository;
import org.retentionsuite.loyalty.repository.PurchaseRepository;
import org.retentionsuite.loyalty.repository.PurchaseReturnRepository;

import java.util.Currency;

/** Takes back the points of returned orders, in proportion to the amount returned. */
@ApplicationScoped
public class ReturnService {

    private final ProgramService programs;
    private final MemberLocks memberLocks;
    private final PurchaseRepository purchases;
    private final PurchaseReturnRepository returns;
    private final LotRepository lots;
    private final PointsLedger ledger;
    private final ActivityOutbox activity;

    public ReturnService(ProgramService programs, MemberLocks memberLocks, PurchaseRepository purchases,
            PurchaseReturnRepository returns, LotRepository lots, PointsLedger ledger, ActivityOutbox activity) {
        this.programs = programs;
        this.memberLocks = memberLocks;
        this.purchases = purchases;
        this.returns = returns;
        this.lots = lots;
        this.ledger = ledger;
        this.activity = activity;
    }

    public record Reversed(long pointsReversed, long shortfall, Balance balance) {
    }

    @Transactional
    public Reversed recordReturn(ReturnDraft draft) {
        Program program = programs.requireProgram(draft.programId());
        Member member = memberLocks.lockActive(draft.programId(), draft.customerId());
        Purchase purchase = purchases.findByOrder(draft.programId(), draft.orderId())
                .filter(p -> p.memberId().equals(member.id()))
                .orElseThrow(() -> new NotFoundException("customer " + draft.customerId() + " has no order "
                        + draft.orderId() + " in program " + draft.programId()));
        long points = purchase.registerReturn(draft.currencyCode(), draft.amountMinor());
        PointsLot orderLot = purchase.lotId() == null ? null : lots.findById(purchase.lotId());
        PointsLedger.TakeBack takeBack = ledger.takeBack(member, orderLot, points,
                program.returnPolicy() == ReturnPolicy.ALLOW_NEGATIVE, draft.returnId(),
                "return " + draft.returnId() + " of order " + draft.orderId(), draft.occurredAt());
        long reversed = takeBack.taken() + takeBack.owed();
        returns.persist(new PurchaseReturn(program.id(), purchase.id(), draft.returnId(), draft.amountMinor(), reversed,
                takeBack.shortfall(), draft.occurredAt()));
        activity.returned(program, member, draft.returnId(), Currency.getInstance(draft.currencyCode()), draft.amountMinor(),
                draft.occurredAt());
        return new Reversed(reversed, takeBack.shortfall(), member.balance());
    }
}
