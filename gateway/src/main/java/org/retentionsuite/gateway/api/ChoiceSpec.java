package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** One choice of a choice question: its key and its text per language. */
public record ChoiceSpec(
        @NotBlank @Size(max = 40) String id,
        @Size(max = 100) Map<@NotBlank @Size(max = 35) String, @Size(max = 2000) String> text) {
}
