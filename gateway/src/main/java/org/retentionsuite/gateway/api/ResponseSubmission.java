package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code POST /responses}: the invitation's token, the score answering the survey's main question,
 * an optional comment and channel (default WEB), {@code answers} to the further questions,
 * {@code language} (one the survey offers; default: the invitation's) and {@code partial}: true saves
 * the answers so far without completing (the score and required answers may then be missing).
 */
public record ResponseSubmission(
        @NotBlank @Size(max = 200) String token,
        Integer score,
        @Size(max = 2000) String comment,
        @Size(max = 50) List<@NotNull @Valid AnswerInput> answers,
        ResponseChannel channel,
        @Size(max = 35) String language,
        Boolean partial) {
}
