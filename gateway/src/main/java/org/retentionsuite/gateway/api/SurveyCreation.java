package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /surveys}: {@code question} holds the main question's text per language;
 * {@code languages} (optional) the languages offered, each needing every text before activation;
 * {@code invitationCoolDownDays} (optional) overrides the deployment's survey-fatigue cool-down; the
 * rest as {@link SurveyContentFields}; {@code followUpSlaHours} (optional) overrides the deployment's
 * follow-up SLA for this survey's cases; {@code incentive} (optional) awards loyalty points for each
 * completed response.
 */
public record SurveyCreation(
        @NotBlank @Size(max = 200) String name,
        @NotNull SurveyKind kind,
        @NotBlank @Size(max = 35) String defaultLanguage,
        @NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 1000) String> question,
        @Size(max = 100) List<@NotBlank @Size(max = 35) String> languages,
        Integer invitationCoolDownDays,
        SurveyPurpose purpose,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> title,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> thankYouText,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> expiredText,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> alreadyAnsweredText,
        @Size(max = 50) List<@NotNull @Valid QuestionSpec> questions,
        CesVariant cesVariant,
        Instant startsAt,
        Instant closesAt,
        Integer responseLimit,
        Integer reminderAfterDays,
        Integer followUpSlaHours,
        @Valid SurveyIncentiveTerms incentive) implements SurveyContentFields {
}
