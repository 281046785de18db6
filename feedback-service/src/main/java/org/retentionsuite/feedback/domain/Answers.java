package org.retentionsuite.feedback.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the answers to a survey version's further questions; each violation names the question. */
public final class Answers {

    public static final int MAX_TEXT_LENGTH = 2000;

    private Answers() {
    }

    /**
     * The answers as given, checked against the questions: each answers a question of this version
     * once, with the kind of value its type asks for and only choices it offers; a completed response
     * answers every required question. Blank texts and empty choices count as no answer.
     */
    public static List<Answer> check(List<Answer> given, SurveyContent content, boolean partial) {
        Violations violations = new Violations();
        Set<String> answered = new HashSet<>();
        List<Answer> valid = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Answer answer = given.get(i);
            String field = "answers[" + i + "]";
            Optional<Question> question = content.question(answer.questionId() == null ? "" : answer.questionId());
            if (question.isEmpty()) {
                violations.add(field + ".question_id", "names no question of the survey: \"" + answer.questionId() + "\"");
                continue;
            }
            if (!answered.add(answer.questionId())) {
                violations.add(field + ".question_id", "answers question \"" + answer.questionId() + "\" a second time");
                continue;
            }
            Answer checked = checkOne(violations, field, question.get(), answer);
            if (checked != null) {
                valid.add(checked);
            } else {
                answered.remove(answer.questionId());
            }
        }
        if (!partial) {
            content.questions().stream().filter(q -> q.required() && !answered.contains(q.id()))
                    .forEach(q -> violations.add("answers", "has no answer to the required question \"" + q.id() + "\""));
        }
        violations.throwIfAny();
        return valid;
    }

    /** The answer if it holds a value, null if it is empty; violations are added. */
    private static Answer checkOne(Violations violations, String field, Question question, Answer answer) {
        String named = " of question \"" + question.id() + "\"";
        String text = answer.text() == null || answer.text().isBlank() ? null : answer.text().strip();
        boolean rating = question.type() == QuestionType.RATING;
        boolean choices = question.type().hasChoices();
        if (!rating && answer.rating() != null) {
            violations.add(field + ".rating", "is not an answer" + named + " (" + question.type() + ")");
        }
        if (!choices && !answer.choiceIds().isEmpty()) {
            violations.add(field + ".choice_ids", "are not an answer" + named + " (" + question.type() + ")");
        }
        if (question.type() != QuestionType.OPEN_TEXT && text != null) {
            violations.add(field + ".text", "is not an answer" + named + " (" + question.type() + ")");
        }
        switch (question.type()) {
            case RATING -> {
                if (answer.rating() == null) {
                    return null;
                }
                if (answer.rating() < question.ratingMin() || answer.rating() > question.ratingMax()) {
                    violations.add(field + ".rating", "is not on the scale " + question.ratingMin() + "-"
                            + question.ratingMax() + named);
                }
                return new Answer(question.id(), answer.rating(), List.of(), null);
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (answer.choiceIds().isEmpty()) {
                    return null;
                }
                Set<String> ids = new LinkedHashSet<>();
                for (int j = 0; j < answer.choiceIds().size(); j++) {
                    String id = answer.choiceIds().get(j);
                    if (question.choice(id).isEmpty()) {
                        violations.add(field + ".choice_ids[" + j + "]", "\"" + id + "\" is not a choice" + named);
                    } else if (!ids.add(id)) {
                        violations.add(field + ".choice_ids[" + j + "]", "\"" + id + "\" is chosen twice");
                    }
                }
                if (question.type() == QuestionType.SINGLE_CHOICE && answer.choiceIds().size() > 1) {
                    violations.add(field + ".choice_ids", "has more than one choice for the single choice question \""
                            + question.id() + "\"");
                }
                return new Answer(question.id(), null, List.copyOf(ids), null);
            }
            default -> {
                if (text == null) {
                    return null;
                }
                if (text.length() > MAX_TEXT_LENGTH) {
                    violations.add(field + ".text", "is longer than " + MAX_TEXT_LENGTH + " characters");
                }
                return new Answer(question.id(), null, List.of(), text);
            }
        }
    }
}
