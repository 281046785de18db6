package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.NotFoundException;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Tier;
import org.retentionsuite.loyalty.domain.TierChange;
import org.retentionsuite.loyalty.domain.TierLadder;
import org.retentionsuite.loyalty.domain.TierLadderDraft;
import org.retentionsuite.loyalty.domain.TierWindow;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.loyalty.repository.QualificationRepository;
import org.retentionsuite.loyalty.repository.TierChangeRepository;
import org.retentionsuite.loyalty.repository.TierLadderRepository;
import org.retentionsuite.loyalty.repository.TierRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tiers: a member moves up as soon as it qualifies (after each purchase), and down only when the
 * period that ended is evaluated. Every move is recorded with its reason.
 */
@ApplicationScoped
public class TierService {

    private final ProgramService programs;
    private final TierLadderRepository ladders;
    private final TierRepository tiers;
    private final TierChangeRepository changes;
    private final QualificationRepository qualification;
    private final MemberRepository members;
    private final Rulebooks rulebooks;
    private final Clock clock;

    public TierService(ProgramService programs, TierLadderRepository ladders, TierRepository tiers,
            TierChangeRepository changes, QualificationRepository qualification, MemberRepository members,
            Rulebooks rulebooks, Clock clock) {
        this.rulebooks = rulebooks;
        this.programs = programs;
        this.ladders = ladders;
        this.tiers = tiers;
        this.changes = changes;
        this.qualification = qualification;
        this.members = members;
        this.clock = clock;
    }

    /** A ladder with its tiers, lowest first. */
    public record Ladder(TierLadder ladder, List<Tier> tiers) {
    }

    /** A tier change with the tiers' names (null below the first tier). */
    public record Change(String fromTier, String toTier, TierChange change) {
    }

    public record Evaluation(int upgraded, int downgraded, int unchanged) {
    }

    @Transactional
    public Ladder createLadder(TierLadderDraft draft) {
        programs.requireProgram(draft.programId());
        if (ladders.findByIdOptional(draft.programId()).isPresent()) {
            throw new AlreadyExistsException("program " + draft.programId() + " has a tier ladder already");
        }
        TierLadder ladder = new TierLadder(draft.programId(), draft.basis(), draft.windowKind(), draft.windowDays(), now());
        ladders.persist(ladder);
        List<Tier> created = new ArrayList<>();
        for (int i = 0; i < draft.steps().size(); i++) {
            TierLadderDraft.ValidStep step = draft.steps().get(i);
            Tier tier = new Tier(draft.programId(), step.name(), i + 1, step.threshold(), step.earnMultiplier(), step.perks());
            tiers.persist(tier);
            created.add(tier);
        }
        rulebooks.changing(draft.programId());
        return new Ladder(ladder, created);
    }

    @Transactional
    public Ladder ladder(String programId) {
        return requireLadder(requiredProgramId(programId));
    }

    /** The programme's tier names by tier id, to name many members' tiers with one query. */
    public Map<UUID, String> namesOf(UUID programId) {
        return rulebooks.of(programId).tiers().stream().collect(java.util.stream.Collectors.toMap(Tier::id, Tier::name));
    }

    /** The member's tier, when it has one. */
    public Optional<Tier> tierOf(Member member) {
        return member.tierId() == null ? Optional.empty() : rulebooks.of(member.programId()).tier(member.tierId());
    }

    /** After a purchase: moves the member up when the current window's value reaches a higher tier. */
    public void upgradeIfQualified(Member member, Rulebook rulebook) {
        TierLadder ladder = rulebook.ladder();
        if (ladder == null) {
            return;
        }
        Instant now = now();
        TierWindow window = ladder.currentWindow(now, rulebook.program().timeZone());
        long value = qualification.ofMember(member.id(), ladder.basis(), window);
        upgradeFor(rulebook, member.tierId(), value, window)
                .ifPresent(upgrade -> move(member, upgrade.to(), upgrade.reason(), now));
    }

    /** A move up the ladder, and why. */
    public record Upgrade(Tier to, String reason) {
    }

    /**
     * The tier a member in {@code currentTier} moves up to when its window's value is {@code value}:
     * empty unless that reaches a higher tier than its own (moves down wait for the evaluation).
     */
    public static Optional<Upgrade> upgradeFor(Rulebook rulebook, UUID currentTier, long value, TierWindow window) {
        Optional<Tier> reached = TierLadder.reachedWith(value, rulebook.tiers());
        if (reached.isPresent() && rank(reached.get()) > rank(rulebook.tier(currentTier).orElse(null))) {
            return Optional.of(new Upgrade(reached.get(),
                    "reached " + value + " " + describe(rulebook.ladder()) + " since " + window.from()));
        }
        return Optional.empty();
    }

    /** Evaluates every member against the period that ended: up, down or unchanged. */
    @Transactional
    public Evaluation evaluate(String programId) {
        UUID program = requiredProgramId(programId);
        Program terms = programs.requireProgram(program);
        Ladder ladder = requireLadder(program);
        Instant now = now();
        TierWindow window = ladder.ladder().evaluationWindow(now, terms.timeZone());
        Map<UUID, Long> values = qualification.ofProgram(program, ladder.ladder().basis(), window);
        int upgraded = 0;
        int downgraded = 0;
        int unchanged = 0;
        for (Member member : members.list("programId = ?1 order by id", program)) {
            Member locked = members.lockById(member.id());
            long value = values.getOrDefault(locked.id(), 0L);
            Tier target = TierLadder.reachedWith(value, ladder.tiers()).orElse(null);
            Tier current = tierOf(locked).orElse(null);
            int difference = Integer.compare(rank(target), rank(current));
            if (difference == 0) {
                unchanged++;
                continue;
            }
            move(locked, target, "period evaluation: " + value + " " + describe(ladder.ladder()) + " from "
                    + window.from() + " until " + window.until(), now);
            upgraded += difference > 0 ? 1 : 0;
            downgraded += difference < 0 ? 1 : 0;
        }
        return new Evaluation(upgraded, downgraded, unchanged);
    }

    @Transactional
    public List<Change> changes(String programId, String customerId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        Member member = members.findByCustomer(program, customer).orElseThrow(() -> MemberLocks.notAMember(program, customer));
        return changesOf(member);
    }

    public List<Change> changesOf(Member member) {
        return changes.ofMember(member.id()).stream()
                .map(change -> new Change(name(change.fromTier()), name(change.toTier()), change))
                .toList();
    }

    private void move(Member member, Tier to, String reason, Instant now) {
        changes.persist(new TierChange(member.id(), member.tierId(), to == null ? null : to.id(), reason, now));
        member.moveToTier(to == null ? null : to.id(), now);
    }

    private String name(UUID tierId) {
        return tierId == null ? null : tiers.findByIdOptional(tierId).map(Tier::name).orElse(null);
    }

    private Ladder requireLadder(UUID program) {
        TierLadder ladder = ladders.findByIdOptional(program)
                .orElseThrow(() -> new NotFoundException("program " + program + " has no tier ladder"));
        return new Ladder(ladder, tiers.ofProgram(program));
    }

    private static UUID requiredProgramId(String programId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        violations.throwIfAny();
        return program;
    }

    private static int rank(Tier tier) {
        return tier == null ? 0 : tier.rank();
    }

    private static String describe(TierLadder ladder) {
        return ladder.basis() == org.retentionsuite.loyalty.domain.TierBasis.POINTS_EARNED ? "points earned" : "minor units spent";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
