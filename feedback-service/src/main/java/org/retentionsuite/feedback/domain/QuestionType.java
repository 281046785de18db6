package org.retentionsuite.feedback.domain;

/** What a further question of a survey asks for. */
public enum QuestionType {
    RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, OPEN_TEXT;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
