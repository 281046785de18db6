package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.EarnCalculation;
import org.retentionsuite.loyalty.domain.EventRule;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberStatus;
import org.retentionsuite.loyalty.domain.PointsLot;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Purchase;
import org.retentionsuite.loyalty.domain.PurchaseDraft;
import org.retentionsuite.loyalty.outbox.ActivityOutbox;
import org.retentionsuite.loyalty.repository.PurchaseRepository;

/** Earns points for purchases, and tells segmentation about each through the outbox. */
@ApplicationScoped
public class PurchaseService {

    private final Rulebooks rulebooks;
    private final MemberLocks memberLocks;
    private final PurchaseRepository purchases;
    private final PointsLedger ledger;
    private final ActivityOutbox activity;
    private final TierService tiers;
    private final EventService events;
    private final ChallengeService challenges;

    public PurchaseService(Rulebooks rulebooks, MemberLocks memberLocks, PurchaseRepository purchases, PointsLedger ledger, ActivityOutbox activity, TierService tiers,
            EventService events, ChallengeService challenges) {
        this.rulebooks = rulebooks;
        this.memberLocks = memberLocks;
        this.purchases = purchases;
        this.ledger = ledger;
        this.activity = activity;
        this.tiers = tiers;
        this.events = events;
        this.challenges = challenges;
    }

    /** What a purchase earned, and the balance after it. */
    public record Earned(EarnCalculation.Result calculation, Balance balance) {
    }

    @Transactional
    public Earned recordPurchase(PurchaseDraft draft) {
        Rulebook rulebook = rulebooks.of(draft.programId());
        Program program = rulebook.program();
        Member member = memberLocks.lockActive(draft.programId(), draft.customerId());
        if (purchases.findByOrder(draft.programId(), draft.orderId()).isPresent()) {
            throw new AlreadyExistsException("order " + draft.orderId() + " was recorded already in program " + program.id());
        }
        boolean firstPurchaseOfAReferral = member.referredBy() != null && !purchases.hasAny(member.id());
        EarnCalculation.Result earned = EarnCalculation.of(program, draft, rulebook.earningRules(),
                rulebook.tier(member.tierId()).orElse(null));
        PointsLot lot = earned.total() > 0
                ? ledger.earn(member, program, earned.total(), draft.occurredAt(), draft.orderId(), "purchase " + draft.orderId())
                : null;
        purchases.persist(new Purchase(member.id(), draft, program.toProgramMinor(draft.currency(), draft.amountMinor()),
                earned.total(), lot == null ? null : lot.id()));
        tiers.upgradeIfQualified(member, rulebook);
        challenges.completeAfterPurchase(member, rulebook, draft.occurredAt());
        if (firstPurchaseOfAReferral) {
            rewardReferral(member, program, draft.occurredAt());
        }
        activity.purchase(program, member, draft.orderId(), draft.currency(), draft.amountMinor(), draft.occurredAt());
        return new Earned(earned, member.balance());
    }

    /**
     * A referred customer's first purchase rewards both: the new member ("referred") and its
     * referrer ("referral"), each under its rule. Referrers enrolled earlier than those they
     * refer, so locks are always taken from newer to older members and cannot deadlock.
     */
    private void rewardReferral(Member member, Program program, java.time.Instant at) {
        events.award(member, program, EventRule.REFERRED, at);
        Member referrer = memberLocks.lockById(member.referredBy());
        if (referrer.status() == MemberStatus.ACTIVE) {
            events.award(referrer, program, EventRule.REFERRAL, at);
        }
    }
}
