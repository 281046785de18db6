package org.retentionsuite.loyalty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.loyalty.domain.EarningRule;
import org.retentionsuite.loyalty.domain.EarningRuleMatch;
import org.retentionsuite.loyalty.domain.Violations;
import org.retentionsuite.loyalty.repository.EarningRuleRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Multipliers for purchase lines of a SKU or category. */
@ApplicationScoped
public class EarningRuleService {

    private static final BigDecimal MAX_MULTIPLIER = new BigDecimal("100");

    private final ProgramService programs;
    private final EarningRuleRepository rules;
    private final Rulebooks rulebooks;
    private final Clock clock;

    public EarningRuleService(ProgramService programs, EarningRuleRepository rules, Rulebooks rulebooks, Clock clock) {
        this.programs = programs;
        this.rules = rules;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    @Transactional
    public EarningRule createRule(String programId, EarningRuleMatch match, String value, String multiplier,
            Instant activeFrom, Instant activeUntil) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        if (match == null) {
            violations.add("match", "is required (SKU or CATEGORY)");
        }
        String validValue = violations.requiredText("value", value, 128);
        BigDecimal validMultiplier = violations.positiveDecimal("multiplier", multiplier, MAX_MULTIPLIER, 4);
        if (activeFrom != null && activeUntil != null && !activeUntil.isAfter(activeFrom)) {
            violations.add("active_until", "must be after active_from");
        }
        violations.throwIfAny();
        programs.requireProgram(program);
        EarningRule rule = new EarningRule(program, match, validValue, validMultiplier, activeFrom, activeUntil, clock.instant());
        rules.persist(rule);
        rulebooks.changing(program);
        return rule;
    }
}
