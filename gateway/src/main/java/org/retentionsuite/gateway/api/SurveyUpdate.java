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
 * {@code PUT /surveys/{surveyId}}: the survey's whole content, replacing what it had (its kind stays).
 * A survey that has been active gets a new version; responses keep the version they answered.
 */
public record SurveyUpdate(
        @NotBlank @Size(max = 200) String name,
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
        Integer reminderAfterDays) implements SurveyContentFields {
}
