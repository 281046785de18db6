package org.retentionsuite.feedback.domain;

import java.time.Instant;

/**
 * How a survey runs: its purpose, the CES scale (null for other kinds), the window in which it takes
 * invitations and responses (null ends: unbounded), its response limit and reminder delay (null: none).
 */
public record SurveySettings(SurveyPurpose purpose, CesVariant cesVariant, Instant startsAt, Instant closesAt,
        Integer responseLimit, Integer reminderAfterDays) {

    public static final SurveySettings NONE = new SurveySettings(SurveyPurpose.GENERAL, null, null, null, null, null);
}
