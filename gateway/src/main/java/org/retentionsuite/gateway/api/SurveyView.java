package org.retentionsuite.gateway.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A survey; {@code invitationCoolDownDays} and {@code followUpSlaHours} are null when the
 * deployment's default applies, {@code incentive} when completing it earns nothing.
 */
public record SurveyView(String id, String name, SurveyKind kind, String defaultLanguage, Map<String, String> question,
        String status, int version, Instant createdAt, List<String> languages, Integer invitationCoolDownDays,
        Integer followUpSlaHours, SurveyIncentiveTerms incentive) {
}
