package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Earning;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.LedgerEntry;
import org.retentionsuite.loyalty.domain.LedgerEntry.Deltas;
import org.retentionsuite.loyalty.domain.LedgerEntryKind;
import org.retentionsuite.loyalty.domain.LotAllocation;
import org.retentionsuite.loyalty.domain.LotStatus;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.PointsLot;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Redemption;
import org.retentionsuite.loyalty.repository.LedgerEntryRepository;
import org.retentionsuite.loyalty.repository.LotAllocationRepository;
import org.retentionsuite.loyalty.repository.LotRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The only writer of ledger entries. Every method expects the member's row lock to be held (see
 * MemberRepository#lockByCustomer), moves points between lots and balance parts, appends the entry
 * that says so, and applies it to the member's snapshot, all in the caller's transaction.
 */
@ApplicationScoped
public class PointsLedger {

    private final LedgerEntryRepository entries;
    private final LotRepository lots;
    private final LotAllocationRepository allocations;
    private final Clock clock;

    public PointsLedger(LedgerEntryRepository entries, LotRepository lots, LotAllocationRepository allocations, Clock clock) {
        this.entries = entries;
        this.lots = lots;
        this.allocations = allocations;
        this.clock = clock;
    }

    /** Earns points into a new lot; a debt left by earlier returns is paid from them first. */
    public PointsLot earn(Member member, Program program, long points, Instant earnedAt, String reference,
            String description) {
        Earning earning = Earning.of(member.id(), member.balance(), program, points, earnedAt, reference, description, now());
        lots.persist(earning.lot());
        entries.persist(earning.entry());
        member.apply(earning.entry());
        return earning.lot();
    }

    /**
     * An adjustment: positive points go into a new lot, active at once and expiring under the
     * programme's policy (a debt is paid from them first); negative ones are taken back from active
     * lots like a spend, and refused when the member has fewer.
     */
    public LedgerEntry adjust(Member member, Program program, long points, String reason) {
        if (points < 0) {
            return takeActive(member, LedgerEntryKind.ADJUST, new Deltas(points, 0, 0, 0), -points, null, reason);
        }
        Instant now = now();
        long paid = Math.min(points, member.balance().debt());
        lots.persist(new PointsLot(member.id(), points, points - paid, now, now,
                program.expiry().expiresAt(now, program.timeZone()).orElse(null), now));
        return append(member, LedgerEntryKind.ADJUST, new Deltas(points - paid, 0, 0, -paid), null, reason, now);
    }

    /** Spends active points at once, earliest expiry first. */
    public LedgerEntry spend(Member member, long points, String reference, String description) {
        return takeActive(member, LedgerEntryKind.SPEND, new Deltas(-points, 0, 0, 0), points, reference, description);
    }

    /** Moves active points into reserved, remembering which lots they came from. */
    public LedgerEntry reserve(Member member, long points, String reference, String description) {
        return takeActive(member, LedgerEntryKind.RESERVE, new Deltas(-points, 0, points, 0), points, reference, description);
    }

    /** A committed reservation: its reserved points are spent. */
    public void spendReserved(Member member, Redemption redemption, String description) {
        append(member, LedgerEntryKind.SPEND, new Deltas(0, 0, -redemption.points(), 0), redemption.id().toString(),
                description, now());
    }

    /**
     * A cancelled or lapsed reservation: its points go back to the lots they came from; points of a
     * lot that expired meanwhile expire at once.
     */
    public void release(Member member, Redemption redemption, String description) {
        Instant now = now();
        append(member, LedgerEntryKind.RELEASE, new Deltas(redemption.points(), 0, -redemption.points(), 0),
                redemption.id().toString(), description, now);
        long expiredMeanwhile = 0;
        for (LotAllocation allocation : allocations.ofEntry(redemption.holdEntryId())) {
            PointsLot lot = lots.findById(allocation.lotId());
            lot.giveBack(allocation.points());
            if (lot.isExpiredAt(now)) {
                expiredMeanwhile += lot.expire();
            }
        }
        if (expiredMeanwhile > 0) {
            append(member, LedgerEntryKind.EXPIRE, new Deltas(-expiredMeanwhile, 0, 0, 0), redemption.id().toString(),
                    "points of a released reservation that expired meanwhile", now);
        }
    }

    /** What a take-back achieved: points taken, owed as debt, and not taken at all. */
    public record TakeBack(long taken, long owed, long shortfall) {
    }

    /**
     * Takes points back for a return: from the order's own lot first (pending or active), then
     * from other active lots; what is left becomes a debt, or a shortfall when debts are not allowed.
     */
    public TakeBack takeBack(Member member, PointsLot orderLot, long points, boolean allowDebt, String reference,
            String description, Instant occurredAt) {
        long pendingTaken = 0;
        long activeTaken = 0;
        List<Taken> taken = new ArrayList<>();
        if (orderLot != null && orderLot.status() != LotStatus.EXPIRED) {
            long fromOrder = orderLot.take(points);
            if (orderLot.status() == LotStatus.PENDING) {
                pendingTaken += fromOrder;
            } else {
                activeTaken += fromOrder;
            }
            taken.add(new Taken(orderLot.id(), fromOrder));
        }
        for (PointsLot lot : lots.spendable(member.id())) {
            if (pendingTaken + activeTaken == points) {
                break;
            }
            long fromLot = lot.take(points - pendingTaken - activeTaken);
            activeTaken += fromLot;
            taken.add(new Taken(lot.id(), fromLot));
        }
        long missing = points - pendingTaken - activeTaken;
        long owed = allowDebt ? missing : 0;
        LedgerEntry entry = append(member, LedgerEntryKind.RETURN, new Deltas(-activeTaken, -pendingTaken, 0, owed),
                reference, description, occurredAt);
        persistAllocations(entry, taken);
        return new TakeBack(pendingTaken + activeTaken, owed, missing - owed);
    }

    /** Brings the member's lots up to date: activates and expires what is due, before anything reads or spends them. */
    public void settle(Member member, Instant now) {
        List<PointsLot> due = lots.dueForSettlement(member.id(), now);
        for (PointsLot lot : due) {
            if (lot.status() == LotStatus.PENDING) {
                lot.activate();
                if (lot.remaining() > 0) {
                    append(member, LedgerEntryKind.ACTIVATE, new Deltas(lot.remaining(), -lot.remaining(), 0, 0),
                            lot.id().toString(), "points became spendable", now);
                }
            }
        }
        for (PointsLot lot : due) {
            if (lot.remaining() > 0 && lot.isExpiredAt(now)) {
                long expired = lot.expire();
                append(member, LedgerEntryKind.EXPIRE, new Deltas(-expired, 0, 0, 0), lot.id().toString(),
                        "points expired", lot.expiresAt());
            }
        }
    }

    private LedgerEntry takeActive(Member member, LedgerEntryKind kind, Deltas deltas, long points, String reference,
            String description) {
        if (member.balance().active() < points) {
            throw new FailedPreconditionException(FailedPreconditionException.NOT_ENOUGH_POINTS,
                    "customer " + member.customerId() + " has " + member.balance().active() + " active points, "
                            + points + " are needed");
        }
        List<Taken> taken = new ArrayList<>();
        long left = points;
        for (PointsLot lot : lots.spendable(member.id())) {
            long fromLot = lot.take(left);
            taken.add(new Taken(lot.id(), fromLot));
            left -= fromLot;
            if (left == 0) {
                break;
            }
        }
        if (left != 0) {
            throw new IllegalStateException("member " + member.id() + ": the balance says " + member.balance().active()
                    + " active points but the lots hold " + (points - left));
        }
        LedgerEntry entry = append(member, kind, deltas, reference, description, now());
        persistAllocations(entry, taken);
        return entry;
    }

    private LedgerEntry append(Member member, LedgerEntryKind kind, Deltas deltas, String reference, String description,
            Instant occurredAt) {
        LedgerEntry entry = LedgerEntry.of(member.id(), kind, deltas, reference, description, occurredAt, now());
        entries.persist(entry);
        member.apply(entry);
        return entry;
    }

    /** Points taken from one lot, before the entry that took them has an id. */
    private record Taken(UUID lotId, long points) {
    }

    private void persistAllocations(LedgerEntry entry, List<Taken> taken) {
        for (Taken fromLot : taken) {
            if (fromLot.points() > 0) {
                allocations.persist(new LotAllocation(entry.id(), fromLot.lotId(), fromLot.points()));
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
