package org.retentionsuite.loyalty.domain;

import java.util.UUID;

/**
 * A validated adjustment of a member's points by hand or by a segmentation playbook: positive adds
 * points, negative takes active points back.
 */
public record PointsAdjustment(UUID programId, String customerId, long points, String reason) {

    /** Larger adjustments are surely mistakes (a typed amount with extra zeros). */
    public static final long MAX_POINTS = 100_000_000L;

    public static PointsAdjustment of(String programId, String customerId, long points, String reason) {
        Violations violations = new Violations();
        UUID program = violations.requiredId("program_id", programId);
        String customer = violations.requiredText("customer_id", customerId, 128);
        if (points == 0) {
            violations.add("points", "must not be 0");
        } else if (Math.abs(points) > MAX_POINTS) {
            violations.add("points", "must be between -" + MAX_POINTS + " and " + MAX_POINTS);
        }
        String why = violations.requiredText("reason", reason, 200);
        violations.throwIfAny();
        return new PointsAdjustment(program, customer, points, why);
    }
}
