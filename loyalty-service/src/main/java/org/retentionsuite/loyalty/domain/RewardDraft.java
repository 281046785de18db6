package org.retentionsuite.loyalty.domain;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A validated reward as a request states it. */
public record RewardDraft(UUID programId, Map<String, String> names, RewardKind kind, long pointsCost, Long stock,
        Integer perMemberLimit, Instant validFrom, Instant validUntil, RewardValue value) {

    /** {@code value} is null when the request gives none. */
    public static RewardDraft of(String programId, Map<String, String> names, RewardKind kind, long pointsCost,
            Long stock, Integer perMemberLimit, Instant validFrom, Instant validUntil, RewardValue.Raw value) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        Map<String, String> validNames = new TreeMap<>();
        if (names == null || names.isEmpty()) {
            violations.add("name", "is required (a name per language)");
        } else {
            names.forEach((language, name) -> {
                String tag = violations.optionalLanguageTag("name[" + language + "]", language);
                String text = violations.requiredText("name[" + language + "]", name, 200);
                if (tag != null && validNames.put(tag, text) != null) {
                    violations.add("name[" + language + "]", "names the same language twice");
                }
            });
        }
        if (kind == null) {
            violations.add("kind", "is required");
        }
        if (pointsCost <= 0) {
            violations.add("points_cost", "must be more than 0");
        }
        if (stock != null && stock < 0) {
            violations.add("stock", "must not be negative");
        }
        if (perMemberLimit != null && perMemberLimit <= 0) {
            violations.add("per_member_limit", "must be more than 0");
        }
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            violations.add("valid_until", "must be after valid_from");
        }
        RewardValue validValue = RewardValue.of(kind, value, violations);
        violations.throwIfAny();
        return new RewardDraft(program, validNames, kind, pointsCost, stock, perMemberLimit, validFrom, validUntil,
                validValue);
    }
}
