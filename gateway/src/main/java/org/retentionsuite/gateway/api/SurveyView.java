package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A survey; {@code invitationCoolDownDays} and {@code followUpSlaHours} are null when the
 * deployment's default applies, {@code incentive} when completing it earns nothing; {@code linkSlug}
 * is set once the survey has a public link ({@code /s/l/<slug>}).
 */
public record SurveyView(String id, String name, SurveyKind kind, String defaultLanguage, Map<String, String> question,
        String status, int version, Instant createdAt, List<String> languages, Integer invitationCoolDownDays,
        SurveyPurpose purpose, Map<String, String> title, Map<String, String> thankYouText,
        Map<String, String> expiredText, Map<String, String> alreadyAnsweredText, List<QuestionSpec> questions,
        CesVariant cesVariant, boolean lowerScoreIsBetter, Instant startsAt, Instant closesAt, Integer responseLimit,
        Integer reminderAfterDays, String linkSlug, Integer followUpSlaHours, SurveyIncentiveTerms incentive) {
}
