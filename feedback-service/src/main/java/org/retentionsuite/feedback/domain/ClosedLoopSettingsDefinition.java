package org.retentionsuite.feedback.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Validated closed-loop settings of a new survey; null parts mean the deployment's default or none. */
public record ClosedLoopSettingsDefinition(Integer followUpSlaHours, UUID incentiveProgramId, String incentiveEventKey) {

    public static final ClosedLoopSettingsDefinition NONE = new ClosedLoopSettingsDefinition(null, null, null);

    // Loyalty's rule for event keys, so that an event it would refuse is refused here, at creation.
    private static final Pattern EVENT_KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final int MAX_SLA_HOURS = 8760;

    /** {@code programId} null or empty: no incentive (then the event key must be empty too). */
    public static ClosedLoopSettingsDefinition of(Integer slaHours, String programId, String eventKey) {
        Violations violations = new Violations();
        if (slaHours != null && (slaHours < 1 || slaHours > MAX_SLA_HOURS)) {
            violations.add("follow_up_sla_hours", "must be between 1 and " + MAX_SLA_HOURS + " hours");
        }
        UUID program = null;
        String key = null;
        boolean hasProgram = programId != null && !programId.isBlank();
        boolean hasKey = eventKey != null && !eventKey.isBlank();
        if (hasProgram) {
            program = violations.requiredId("incentive.program_id", programId);
            key = hasKey ? eventKey.strip() : ClosedLoopSettings.DEFAULT_INCENTIVE_EVENT;
            if (!EVENT_KEY.matcher(key).matches()) {
                violations.add("incentive.event_key",
                        "must be lower-case letters, digits, '_', '.' or '-' (at most 64), such as \"survey_completed\"");
            }
        } else if (hasKey) {
            violations.add("incentive.program_id", "is required with an event key");
        }
        violations.throwIfAny();
        return new ClosedLoopSettingsDefinition(slaHours, program, key);
    }

    public boolean isEmpty() {
        return followUpSlaHours == null && incentiveProgramId == null;
    }
}
