package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;

/**
 * A further question of a survey: {@code id} is the author's key (letters, digits, '_' and '-');
 * {@code text} per language; {@code choices} for SINGLE_CHOICE and MULTIPLE_CHOICE; {@code ratingMin}
 * and {@code ratingMax} for RATING (default 1-5).
 */
public record QuestionSpec(
        @NotBlank @Size(max = 40) String id,
        @NotNull QuestionType type,
        boolean required,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> text,
        @Size(max = 50) List<@NotNull @Valid ChoiceSpec> choices,
        Integer ratingMin,
        Integer ratingMax) {
}
