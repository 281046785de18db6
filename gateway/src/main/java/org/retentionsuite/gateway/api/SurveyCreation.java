package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /surveys}: {@code question} holds the main question's text per language;
 * {@code languages} (optional) the languages offered, each needing a text before activation;
 * {@code invitationCoolDownDays} (optional) overrides the deployment's survey-fatigue cool-down;
 * {@code followUpSlaHours} (optional) the deployment's follow-up SLA for this survey's cases;
 * {@code incentive} (optional) awards loyalty points for each completed response.
 */
public record SurveyCreation(
        @NotBlank @Size(max = 200) String name,
        @NotNull SurveyKind kind,
        @NotBlank @Size(max = 35) String defaultLanguage,
        @NotEmpty @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @NotBlank @Size(max = 1000) String> question,
        @Size(max = 100) List<@NotBlank @Size(max = 35) String> languages,
        Integer invitationCoolDownDays,
        Integer followUpSlaHours,
        @Valid SurveyIncentiveTerms incentive) {
}
