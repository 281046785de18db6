package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.Challenge;
import org.retentionsuite.loyalty.domain.ChallengeMetric;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberBadge;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.TierBasis;
import org.retentionsuite.loyalty.domain.TierWindow;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.ChallengeRepository;
import org.retentionsuite.loyalty.repository.MemberRepository;
import org.retentionsuite.loyalty.repository.QualificationRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Challenges, the badges that complete them, and the points leaderboard. */
@ApplicationScoped
public class ChallengeService {

    private static final int DEFAULT_LEADERBOARD_SIZE = 10;
    private static final int MAX_LEADERBOARD_SIZE = 100;

    private final ProgramService programs;
    private final ChallengeRepository challenges;
    private final QualificationRepository qualification;
    private final MemberRepository members;
    private final PointsLedger ledger;
    private final Rulebooks rulebooks;
    private final Clock clock;

    public ChallengeService(ProgramService programs, ChallengeRepository challenges, QualificationRepository qualification,
            MemberRepository members, PointsLedger ledger, Rulebooks rulebooks, Clock clock) {
        this.rulebooks = rulebooks;
        this.programs = programs;
        this.challenges = challenges;
        this.qualification = qualification;
        this.members = members;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A challenge as a request states it. */
    public record ChallengeDraft(String programId, String name, String badge, ChallengeMetric metric, long target,
            int windowDays, long bonusPoints, Instant activeFrom, Instant activeUntil) {
    }

    /** One line of the leaderboard. */
    public record Standing(int rank, String customerId, long pointsEarned) {
    }

    @Transactional
    public Challenge createChallenge(ChallengeDraft draft) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", draft.programId());
        String name = violations.requiredText("name", draft.name(), 200);
        String badge = violations.requiredText("badge", draft.badge(), 100);
        if (draft.metric() == null) {
            violations.add("metric", "is required (PURCHASES or SPEND)");
        }
        if (draft.target() <= 0) {
            violations.add("target", "must be more than 0");
        }
        if (draft.windowDays() < 1 || draft.windowDays() > 3660) {
            violations.add("window_days", "must be between 1 and 3660");
        }
        if (draft.bonusPoints() < 0) {
            violations.add("bonus_points", "must not be negative");
        }
        if (draft.activeFrom() != null && draft.activeUntil() != null && !draft.activeUntil().isAfter(draft.activeFrom())) {
            violations.add("active_until", "must be after active_from");
        }
        violations.throwIfAny();
        programs.requireProgram(program);
        Challenge challenge = new Challenge(program, name, badge, draft.metric(), draft.target(), draft.windowDays(),
                draft.bonusPoints(), draft.activeFrom(), draft.activeUntil(), now());
        challenges.persist(challenge);
        rulebooks.changing(program);
        return challenge;
    }

    /** After a purchase: awards the badge (and bonus) of every open challenge the member has now completed. */
    public void completeAfterPurchase(Member member, Rulebook rulebook, Instant at) {
        List<Challenge> active = rulebook.challenges().stream().filter(challenge -> challenge.isActiveAt(at)).toList();
        if (active.isEmpty()) {
            return;
        }
        Program program = rulebook.program();
        java.util.Set<UUID> completed = challenges.completedBy(member.id());
        for (Challenge challenge : active) {
            if (completed.contains(challenge.id())) {
                continue;
            }
            TierWindow window = challenge.windowEndingAt(at);
            long value = challenge.metric() == ChallengeMetric.PURCHASES
                    ? qualification.purchasesOf(member.id(), window)
                    : qualification.ofMember(member.id(), TierBasis.SPEND, window);
            if (value >= challenge.target()) {
                challenges.award(new MemberBadge(member.id(), challenge, now()));
                if (challenge.bonusPoints() > 0) {
                    ledger.earn(member, program, challenge.bonusPoints(), at, "challenge:" + challenge.id(),
                            "badge " + challenge.badge());
                }
            }
        }
    }

    @Transactional
    public List<MemberBadge> badges(String programId, String customerId) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        Member member = members.findByCustomer(program, customer).orElseThrow(() -> MemberLocks.notAMember(program, customer));
        return challenges.badgesOf(member.id());
    }

    @Transactional
    public List<Standing> leaderboard(String programId, Instant from, Instant to, int limit) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        if (from == null) {
            violations.add("from", "is required");
        }
        if (to == null) {
            violations.add("to", "is required");
        } else if (from != null && !to.isAfter(from)) {
            violations.add("to", "must be after from");
        }
        if (limit < 0 || limit > MAX_LEADERBOARD_SIZE) {
            violations.add("limit", "must be between 1 and " + MAX_LEADERBOARD_SIZE);
        }
        violations.throwIfAny();
        programs.requireProgram(program);
        List<Object[]> rows = challenges.leaderboard(program, from, to, limit == 0 ? DEFAULT_LEADERBOARD_SIZE : limit);
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> new Standing(i + 1, (String) rows.get(i)[0], ((Number) rows.get(i)[1]).longValue()))
                .toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
