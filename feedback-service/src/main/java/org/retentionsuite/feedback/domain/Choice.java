package org.retentionsuite.feedback.domain;

import java.util.Map;

/** One choice of a single or multiple choice question, its text per language. */
public record Choice(String id, Map<String, String> text) {

    public Choice {
        text = Map.copyOf(text);
    }
}
