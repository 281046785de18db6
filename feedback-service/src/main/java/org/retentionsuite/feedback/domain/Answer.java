package org.retentionsuite.feedback.domain;

import java.util.List;

/** The answer to one further question: a rating, choices or a text, as the question's type asks. */
public record Answer(String questionId, Integer rating, List<String> choiceIds, String text) {

    public Answer {
        choiceIds = choiceIds == null ? List.of() : List.copyOf(choiceIds);
    }
}
