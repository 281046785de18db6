package org.retentionsuite.feedback.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A further question of a survey: its author's key, what it asks for, whether it must be answered, its texts. */
public record Question(String id, QuestionType type, boolean required, Map<String, String> text, List<Choice> choices,
        int ratingMin, int ratingMax) {

    public Question {
        text = Map.copyOf(text);
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(c -> c.id().equals(choiceId)).findFirst();
    }
}
