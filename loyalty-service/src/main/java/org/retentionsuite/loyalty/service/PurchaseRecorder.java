package org.retentionsuite.loyalty.service;

import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.EarnCalculation;
import org.retentionsuite.loyalty.domain.Earning;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.MemberStatus;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Purchase;
import org.retentionsuite.loyalty.domain.PurchaseDraft;
import org.retentionsuite.loyalty.domain.RequestInFlightException;
import org.retentionsuite.loyalty.domain.TierChange;
import org.retentionsuite.loyalty.domain.TierLadder;
import org.retentionsuite.loyalty.domain.TierWindow;
import org.retentionsuite.loyalty.outbox.ActivityOutbox;
import org.retentionsuite.loyalty.repository.IdempotencyRepository.StoredKey;
import org.retentionsuite.loyalty.repository.PurchaseJournal;
import org.retentionsuite.loyalty.repository.PurchaseJournal.LockedMember;
import org.retentionsuite.loyalty.repository.PurchaseJournal.Opening;
import org.retentionsuite.loyalty.repository.QualificationRepository;
import org.retentionsuite.loyalty.service.PurchaseService.Earned;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * RecordPurchase on one plain JDBC transaction ({@link PurchaseJournal}): no Hibernate session, no
 * JTA transaction, two round trips (the commit travels with the writes). The rules are the same as {@link PurchaseService}'s
 * and {@link IdempotencyGuard}'s, and shared with them: the earn calculation, the earning into a lot
 * ({@link Earning}), the balance ({@link Balance#after}), the tier upgrade ({@link TierService#upgradeFor}),
 * the outbox event and the key's claim and replay.
 *
 * <p>A purchase that needs more goes the full way through {@link PurchaseService} (after this
 * transaction rolled back, so nothing of it is kept): a member with lots due for activation or
 * expiry (settled first), a referred member's first purchase (referral points for both) and a
 * programme with an open challenge. Points and answers are the same either way.
 */
@ApplicationScoped
public class PurchaseRecorder {

    private final Rulebooks rulebooks;
    private final PurchaseJournal journal;
    private final IdempotencyGuard idempotency;
    private final PurchaseService fullWay;
    private final ActivityOutbox activity;
    private final Clock clock;

    public PurchaseRecorder(Rulebooks rulebooks, PurchaseJournal journal, IdempotencyGuard idempotency,
            PurchaseService fullWay, ActivityOutbox activity, Clock clock) {
        this.rulebooks = rulebooks;
        this.journal = journal;
        this.idempotency = idempotency;
        this.fullWay = fullWay;
        this.activity = activity;
        this.clock = clock;
    }

    /** Records the purchase once per idempotency key; {@code answer} turns what it earned into the reply kept under the key. */
    public <R extends Message> R record(PurchaseDraft draft, Message request, Parser<R> parser, Function<Earned, R> answer) {
        String scope = "purchase:" + draft.programId();
        String key = draft.idempotencyKey();
        idempotency.requireKey(key);
        Rulebook rulebook;
        try {
            rulebook = rulebooks.current(draft.programId());
        } catch (NotFoundException noSuchProgram) {
            return theFullWay(scope, draft, request, parser, answer); // refused there, and the refusal kept
        }
        byte[] hash = IdempotencyGuard.hash(request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        TierLadder ladder = rulebook.ladder();
        TierWindow window = ladder == null ? null : ladder.currentWindow(now, rulebook.program().timeZone());
        RuntimeException refusal;
        try (PurchaseJournal.Transaction transaction = journal.begin()) {
            Opening opening = transaction.open(scope, key, draft.programId(), draft.customerId(), draft.orderId(), now,
                    window, ladder == null ? null : ladder.basis());
            if (!opening.keyLocked()) {
                throw new RequestInFlightException(key);
            }
            Optional<StoredKey> earlier = idempotency.judge(key, hash, opening.storedKey());
            if (earlier.isPresent()) {
                return IdempotencyGuard.replay(earlier.get(), parser);
            }
            try {
                if (!needsTheFullWay(draft, rulebook, opening)) {
                    return book(transaction, draft, rulebook, opening, window, now, scope, hash, answer);
                }
                refusal = null;
            } catch (RuntimeException failed) {
                if (!IdempotencyGuard.isRefusal(failed)) {
                    throw failed;
                }
                refusal = failed;
            }
        }
        if (refusal != null) {
            // Kept once this transaction has rolled back and given its connection back (a second
            // connection held meanwhile could leave the pool waiting on itself under load).
            idempotency.storeRefusal(scope, key, hash, refusal);
            throw refusal;
        }
        return theFullWay(scope, draft, request, parser, answer);
    }

    /** Refuses what PurchaseService refuses; true when the purchase needs more than this path writes. */
    private static boolean needsTheFullWay(PurchaseDraft draft, Rulebook rulebook, Opening opening) {
        LockedMember member = opening.member();
        if (member == null) {
            throw MemberLocks.notAMember(draft.programId(), draft.customerId());
        }
        if (opening.lotsDue()) {
            return true;
        }
        if (member.status() != MemberStatus.ACTIVE) {
            throw new FailedPreconditionException(FailedPreconditionException.MEMBER_SUSPENDED,
                    "customer " + draft.customerId() + " is suspended in program " + draft.programId());
        }
        if (opening.orderRecorded()) {
            throw new AlreadyExistsException("order " + draft.orderId() + " was recorded already in program "
                    + draft.programId());
        }
        return opening.firstPurchaseOfAReferral()
                || rulebook.challenges().stream().anyMatch(challenge -> challenge.isActiveAt(draft.occurredAt()));
    }

    private <R extends Message> R book(PurchaseJournal.Transaction transaction, PurchaseDraft draft, Rulebook rulebook,
            Opening opening, TierWindow window, Instant now, String scope, byte[] hash, Function<Earned, R> answer) {
        Program program = rulebook.program();
        LockedMember member = opening.member();
        EarnCalculation.Result earned = EarnCalculation.of(program, draft, rulebook.earningRules(),
                rulebook.tier(member.tierId()).orElse(null));
        Earning earning = earned.total() > 0
                ? Earning.of(member.id(), member.balance(), program, earned.total(), draft.occurredAt(), draft.orderId(),
                        "purchase " + draft.orderId(), now)
                : null;
        Balance balance = earning == null ? member.balance() : member.balance().after(earning.entry());
        Purchase purchase = new Purchase(member.id(), draft, program.toProgramMinor(draft.currency(), draft.amountMinor()),
                earned.total(), earning == null ? null : earning.lot().id());
        TierChange change = window == null ? null : upgrade(rulebook, member, opening, purchase, window, now);
        R result = answer.apply(new Earned(earned, balance));
        transaction.bookAndCommit(new PurchaseJournal.Booking(scope, draft.idempotencyKey(), hash, result.toByteArray(), member,
                balance, purchase, earning, change,
                activity.purchaseEvent(program, member.customerId(), draft.orderId(), draft.currency(),
                        draft.amountMinor(), draft.occurredAt())));
        return result;
    }

    /** The move up the ladder this purchase brings, counting it in the window's value; null without one. */
    private static TierChange upgrade(Rulebook rulebook, LockedMember member, Opening opening, Purchase purchase,
            TierWindow window, Instant now) {
        boolean inWindow = !purchase.occurredAt().isBefore(window.from()) && purchase.occurredAt().isBefore(window.until());
        long value = opening.qualifyingSoFar()
                + (inWindow ? QualificationRepository.ofNewPurchase(purchase, rulebook.ladder().basis()) : 0);
        return TierService.upgradeFor(rulebook, member.tierId(), value, window)
                .map(upgrade -> new TierChange(member.id(), member.tierId(), upgrade.to().id(), upgrade.reason(), now))
                .orElse(null);
    }

    private <R extends Message> R theFullWay(String scope, PurchaseDraft draft, Message request, Parser<R> parser,
            Function<Earned, R> answer) {
        return idempotency.once(scope, draft.idempotencyKey(), request, parser,
                () -> answer.apply(fullWay.recordPurchase(draft)));
    }
}
