package org.retentionsuite.gateway.api;

/** What a further question of a survey asks for. */
public enum QuestionType {
    RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, OPEN_TEXT
}
