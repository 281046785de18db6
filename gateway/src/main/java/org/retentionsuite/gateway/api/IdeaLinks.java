package org.retentionsuite.gateway.api;

import jakarta.validation.Valid;

import java.util.List;

/** {@code POST /ideas/{ideaId}/responses}: responses asking for the idea, each with the customer's value if known. */
public record IdeaLinks(List<@Valid Link> links) {

    /** {@code customerValue} (optional) in the idea's currency. */
    public record Link(String responseId, @Valid MoneyAmount customerValue) {
    }
}
