package org.retentionsuite.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The answer to one further question: a {@code rating}, {@code choiceIds} or a {@code text}, as its type asks. */
public record AnswerInput(
        @NotBlank @Size(max = 40) String questionId,
        Integer rating,
        @Size(max = 50) List<@NotBlank @Size(max = 40) String> choiceIds,
        @Size(max = 2000) String text) {
}
