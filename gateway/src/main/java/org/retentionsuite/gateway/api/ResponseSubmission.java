package org.retentionsuite.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code POST /responses}: the invitation's token, the score answering the survey's main question,
 * an optional comment and channel (default WEB). {@code answers} is for further questions, which
 * surveys do not have yet: it may be left out or sent empty.
 */
public record ResponseSubmission(
        @NotBlank @Size(max = 200) String token,
        Integer score,
        @Size(max = 2000) String comment,
        @Size(max = 0, message = "must be empty: the survey has only its main question, answered by score")
        List<JsonNode> answers,
        ResponseChannel channel) {
}
