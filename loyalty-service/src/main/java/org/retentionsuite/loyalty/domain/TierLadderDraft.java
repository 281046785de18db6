package org.retentionsuite.loyalty.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A validated tier ladder as a request states it; ranks follow the thresholds. */
public record TierLadderDraft(UUID programId, TierBasis basis, TierWindowKind windowKind, int windowDays,
        List<ValidStep> steps) {

    private static final int MAX_TIERS = 10;
    private static final BigDecimal MAX_MULTIPLIER = new BigDecimal("10");

    /** One tier as the request states it. */
    public record Step(String name, long threshold, String earnMultiplier, List<String> perks) {
    }

    /** A validated tier, before it has a rank. */
    public record ValidStep(String name, long threshold, BigDecimal earnMultiplier, List<String> perks) {
    }

    public static TierLadderDraft of(String programId, TierBasis basis, TierWindowKind windowKind, int windowDays,
            List<Step> steps) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        if (basis == null) {
            violations.add("basis", "is required (POINTS_EARNED or SPEND)");
        }
        if (windowKind == null) {
            violations.add("window_kind", "is required (ROLLING_DAYS or CALENDAR_YEAR)");
        } else if (windowKind == TierWindowKind.ROLLING_DAYS && (windowDays < 1 || windowDays > 3660)) {
            violations.add("window_days", "must be between 1 and 3660 for a rolling window");
        }
        if (steps.isEmpty() || steps.size() > MAX_TIERS) {
            violations.add("tiers", "must have between 1 and " + MAX_TIERS + " tiers");
        }
        List<ValidStep> validSteps = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Long> thresholds = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String field = "tiers[" + i + "]";
            String name = violations.requiredText(field + ".name", step.name(), 60);
            if (!name.isEmpty() && !names.add(name)) {
                violations.add(field + ".name", "names another tier too");
            }
            if (step.threshold() < 0) {
                violations.add(field + ".threshold", "must not be negative");
            } else if (!thresholds.add(step.threshold())) {
                violations.add(field + ".threshold", "is the threshold of another tier too");
            }
            BigDecimal multiplier = step.earnMultiplier() == null || step.earnMultiplier().isBlank()
                    ? BigDecimal.ONE : violations.positiveDecimal(field + ".earn_multiplier", step.earnMultiplier(), MAX_MULTIPLIER, 3);
            if (multiplier != null && multiplier.compareTo(BigDecimal.ONE) < 0) {
                violations.add(field + ".earn_multiplier", "must be at least 1");
            }
            step.perks().forEach(perk -> violations.requiredText(field + ".perks", perk, 200));
            validSteps.add(new ValidStep(name, step.threshold(), multiplier, List.copyOf(step.perks())));
        }
        violations.throwIfAny();
        return new TierLadderDraft(program, basis, windowKind, windowKind == TierWindowKind.ROLLING_DAYS ? windowDays : 0,
                validSteps.stream().sorted(Comparator.comparingLong(ValidStep::threshold)).toList());
    }
}
