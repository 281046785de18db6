package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.Codes;
import org.retentionsuite.loyalty.domain.FailedPreconditionException;
import org.retentionsuite.loyalty.domain.LedgerEntry;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Redemption;
import org.retentionsuite.loyalty.domain.RedemptionStatus;
import org.retentionsuite.loyalty.domain.Reward;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.RedemptionRepository;
import org.retentionsuite.loyalty.repository.RewardRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Redeems rewards: at once, or reserve → commit / cancel for a checkout; and offers them free of
 * points. The member's row lock
 * serialises the points; the reward's stock is taken with a guarded update.
 */
@ApplicationScoped
public class RedemptionService {

    private final ProgramService programs;
    private final MemberLocks memberLocks;
    private final RewardRepository rewards;
    private final RedemptionRepository redemptions;
    private final PointsLedger ledger;
    private final Clock clock;

    public RedemptionService(ProgramService programs, MemberLocks memberLocks, RewardRepository rewards, RedemptionRepository redemptions, PointsLedger ledger, Clock clock) {
        this.programs = programs;
        this.memberLocks = memberLocks;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A redemption with the member's customer id and balance after it. */
    public record Redeemed(Redemption redemption, String customerId, Balance balance) {
    }

    @Transactional
    public Redeemed redeem(String programId, String customerId, String rewardId, boolean reserve) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        UUID rewardKey = violations.requiredId("reward_id", rewardId);
        violations.throwIfAny();
        Program terms = programs.requireProgram(program);
        Member member = memberLocks.lockActive(program, customer);
        Reward reward = requireReward(program, rewardKey);
        Instant now = now();
        reward.requireAvailableAt(now);
        requireBelowLimit(member, customer, reward);
        if (member.balance().active() < reward.pointsCost()) {
            throw new FailedPreconditionException(FailedPreconditionException.NOT_ENOUGH_POINTS,
                    "customer " + customer + " has " + member.balance().active() + " active points, reward "
                            + reward.id() + " costs " + reward.pointsCost());
        }
        takeOne(reward);
        Instant expiresAt = reserve ? now.plus(Duration.ofMinutes(terms.reservationMinutes())) : null;
        Redemption redemption = new Redemption(program, member.id(), reward, Codes.couponCode(), now, expiresAt);
        String description = (reserve ? "reserved " : "redeemed ") + "reward " + reward.id();
        LedgerEntry entry = reserve
                ? ledger.reserve(member, reward.pointsCost(), redemption.id().toString(), description)
                : ledger.spend(member, reward.pointsCost(), redemption.id().toString(), description);
        redemption.holdWith(entry.id());
        redemptions.persist(redemption);
        return new Redeemed(redemption, customer, member.balance());
    }

    /**
     * Gives the member the reward free of points: a committed redemption of 0 points with a coupon
     * code, within the reward's dates, stock and per-member limit, as a redemption would be.
     */
    @Transactional
    public Redeemed offer(String programId, String customerId, String rewardId, String reason) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        UUID rewardKey = violations.requiredId("reward_id", rewardId);
        String why = violations.requiredText("reason", reason, 200);
        violations.throwIfAny();
        programs.requireProgram(program);
        Member member = memberLocks.lockActive(program, customer);
        Reward reward = requireReward(program, rewardKey);
        Instant now = now();
        reward.requireAvailableAt(now);
        requireBelowLimit(member, customer, reward);
        takeOne(reward);
        Redemption offer = Redemption.offered(program, member.id(), reward, Codes.couponCode(), now, why);
        redemptions.persist(offer);
        return new Redeemed(offer, customer, member.balance());
    }

    /** Commits a reservation; committing a committed one again returns it unchanged. */
    @Transactional(dontRollbackOn = FailedPreconditionException.class) // a lapse found here is kept
    public Redeemed commit(String programId, String redemptionId) {
        Redemption redemption = requireRedemption(programId, redemptionId);
        Member member = lockHolder(redemption);
        if (redemption.status() == RedemptionStatus.COMMITTED) {
            return new Redeemed(redemption, member.customerId(), member.balance());
        }
        Instant now = now();
        if (redemption.hasLapsedAt(now)) {
            lapse(member, redemption, now);
            throw new FailedPreconditionException(FailedPreconditionException.RESERVATION_EXPIRED,
                    "reservation " + redemption.id() + " expired at " + redemption.expiresAt());
        }
        redemption.complete(RedemptionStatus.COMMITTED, now);
        ledger.spendReserved(member, redemption, "committed reservation of reward " + redemption.rewardId());
        return new Redeemed(redemption, member.customerId(), member.balance());
    }

    /** Cancels a reservation; cancelling a cancelled one again returns it unchanged. */
    @Transactional
    public Redeemed cancel(String programId, String redemptionId) {
        Redemption redemption = requireRedemption(programId, redemptionId);
        Member member = lockHolder(redemption);
        if (redemption.status() == RedemptionStatus.CANCELLED) {
            return new Redeemed(redemption, member.customerId(), member.balance());
        }
        redemption.complete(RedemptionStatus.CANCELLED, now());
        ledger.release(member, redemption, "cancelled reservation of reward " + redemption.rewardId());
        rewards.giveBackOne(redemption.rewardId());
        return new Redeemed(redemption, member.customerId(), member.balance());
    }

    /** A reservation that ran out of time gives its points and its unit of stock back. */
    void lapse(Member member, Redemption redemption, Instant now) {
        redemption.complete(RedemptionStatus.EXPIRED, now);
        ledger.release(member, redemption, "reservation of reward " + redemption.rewardId() + " expired");
        rewards.giveBackOne(redemption.rewardId());
    }

    private Reward requireReward(UUID program, UUID rewardKey) {
        return rewards.findByIdOptional(rewardKey).filter(r -> r.programId().equals(program))
                .orElseThrow(() -> new NotFoundException("reward " + rewardKey + " does not exist in program " + program));
    }

    /** Under the member's lock, so that concurrent redemptions of one member cannot pass the limit together. */
    private void requireBelowLimit(Member member, String customer, Reward reward) {
        if (reward.perMemberLimit() != null && redemptions.countHeld(member.id(), reward.id()) >= reward.perMemberLimit()) {
            throw new FailedPreconditionException(FailedPreconditionException.MEMBER_LIMIT_REACHED,
                    "customer " + customer + " has redeemed reward " + reward.id() + " " + reward.perMemberLimit()
                            + " times, its limit");
        }
    }

    private void takeOne(Reward reward) {
        if (!rewards.takeOne(reward.id())) {
            throw new FailedPreconditionException(FailedPreconditionException.OUT_OF_STOCK,
                    "reward " + reward.id() + " is out of stock");
        }
    }

    /** Locks the redemption's member, then re-reads the redemption: it changes only under that lock. */
    private Member lockHolder(Redemption redemption) {
        Member member = memberLocks.lockById(redemption.memberId());
        redemptions.getEntityManager().refresh(redemption);
        return member;
    }

    private Redemption requireRedemption(String programId, String redemptionId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        UUID id = violations.requiredId("redemption_id", redemptionId);
        violations.throwIfAny();
        return redemptions.findByIdOptional(id).filter(r -> r.programId().equals(program))
                .orElseThrow(() -> new NotFoundException("redemption " + id + " does not exist in program " + program));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
