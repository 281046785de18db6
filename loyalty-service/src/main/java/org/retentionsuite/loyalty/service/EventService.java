package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.AlreadyExistsException;
import org.retentionsuite.loyalty.domain.Balance;
import org.retentionsuite.loyalty.domain.CapPeriod;
import org.retentionsuite.loyalty.domain.EventRule;
import org.retentionsuite.loyalty.domain.Member;
import org.retentionsuite.loyalty.domain.MemberEvent;
import org.retentionsuite.loyalty.domain.Program;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.EventRuleRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Points for events (sign-up, birthday, survey completed, referrals, custom keys) under their caps. */
@ApplicationScoped
public class EventService {

    private static final Pattern EVENT_KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    private final ProgramService programs;
    private final MemberLocks memberLocks;
    private final EventRuleRepository rules;
    private final PointsLedger ledger;
    private final Clock clock;

    public EventService(ProgramService programs, MemberLocks memberLocks, EventRuleRepository rules, PointsLedger ledger,
            Clock clock) {
        this.programs = programs;
        this.memberLocks = memberLocks;
        this.rules = rules;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What an event earned; {@code notEarnedReason} says why when it earned nothing. */
    public record Awarded(long points, String notEarnedReason, Balance balance) {
    }

    @Transactional
    public EventRule createRule(String programId, String eventKey, long points, int capCount, CapPeriod capPeriod,
            Instant activeFrom, Instant activeUntil) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String key = eventKey(violations, eventKey);
        if (points <= 0) {
            violations.add("points", "must be more than 0");
        }
        if (capCount < 0) {
            violations.add("cap_count", "must not be negative");
        } else if (capCount > 0 && capPeriod == null) {
            violations.add("cap_period", "is required with a cap (DAY, WEEK, MONTH or LIFETIME)");
        }
        if (activeFrom != null && activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            violations.add("active_until", "must be after active_from");
        }
        violations.throwIfAny();
        programs.requireProgram(program);
        if (rules.forEvent(program, key).isPresent()) {
            throw new AlreadyExistsException("program " + program + " has a rule for event " + key + " already");
        }
        EventRule rule = new EventRule(program, key, points, capCount, capPeriod, activeFrom, activeUntil, now());
        rules.persist(rule);
        return rule;
    }

    @Transactional
    public Awarded record(String programId, String customerId, String eventKey, Instant occurredAt) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        String key = eventKey(violations, eventKey);
        violations.throwIfAny();
        Program terms = programs.requireProgram(program);
        Member member = memberLocks.lockActive(program, customer);
        return award(member, terms, key, occurredAt == null ? now() : occurredAt);
    }

    /** Awards the event to a member whose lock the caller holds; nothing when no rule is active or the cap is reached. */
    public Awarded award(Member member, Program program, String eventKey, Instant at) {
        Optional<EventRule> rule = rules.forEvent(program.id(), eventKey).filter(r -> r.isActiveAt(at));
        if (rule.isEmpty()) {
            return new Awarded(0, "no active rule for event " + eventKey, member.balance());
        }
        if (rule.get().isCapped()) {
            Instant periodStart = rule.get().capPeriod().startOf(at, program.timeZone());
            if (rules.earningsSince(member.id(), eventKey, periodStart) >= rule.get().capCount()) {
                return new Awarded(0, "event " + eventKey + " earned points " + rule.get().capCount() + " times this "
                        + rule.get().capPeriod().name().toLowerCase() + " already", member.balance());
            }
        }
        ledger.earn(member, program, rule.get().points(), at, "event:" + eventKey, "event " + eventKey);
        rules.recordEarning(new MemberEvent(member.id(), eventKey, rule.get().points(), at));
        return new Awarded(rule.get().points(), null, member.balance());
    }

    /** The referral rule's weekly limit of referrals per referrer; null when there is none. */
    public Integer weeklyReferralLimit(UUID programId) {
        return rules.forEvent(programId, EventRule.REFERRAL).map(EventRule::weeklyLimit).orElse(null);
    }

    private static String eventKey(Violations violations, String eventKey) {
        String key = violations.requiredText("event_key", eventKey, 64);
        if (!key.isEmpty() && !EVENT_KEY.matcher(key).matches()) {
            violations.add("event_key", "must be lower-case letters, digits, '_', '.' or '-', such as \"survey_completed\"");
        }
        return key;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
