package org.retentionsuite.feedback.domain;

import java.util.Map;
import java.util.TreeMap;

/** The validated content a survey is created with; question texts are keyed by canonical language tag. */
public record SurveyDefinition(String name, SurveyKind kind, String defaultLanguage, Map<String, String> question) {

    public static final int MAX_QUESTION_LENGTH = 1000;

    public SurveyDefinition {
        question = Map.copyOf(question);
    }

    /**
     * Validates raw request values; reports every invalid field at once, by its contract name. A
     * null kind means the request named none.
     */
    public static SurveyDefinition of(String name, SurveyKind kind, String defaultLanguage, Map<String, String> question) {
        Violations violations = new Violations();
        String validName = violations.requiredText("name", name, 200);
        if (kind == null) {
            violations.add("kind", "is required");
        }
        String language = violations.requiredLanguageTag("default_language", defaultLanguage);
        Map<String, String> texts = question(violations, question, language);
        violations.throwIfAny();
        return new SurveyDefinition(validName, kind, language, texts);
    }

    private static Map<String, String> question(Violations violations, Map<String, String> question, String defaultLanguage) {
        if (question == null || question.isEmpty()) {
            violations.add("question", "is required");
            return Map.of();
        }
        Map<String, String> texts = new TreeMap<>();
        Map<String, String> sentAs = new TreeMap<>();
        // Sorted, so that of two keys naming one language the same one is always reported.
        new TreeMap<>(question).forEach((key, value) -> {
            String field = "question[" + key + "]";
            String language = violations.requiredLanguageTag(field, key);
            if (language == null) {
                return;
            }
            if (sentAs.containsKey(language)) {
                violations.add(field, "is the same language as \"" + sentAs.get(language) + "\"");
                return;
            }
            sentAs.put(language, key);
            texts.put(language, violations.requiredText(field, value, MAX_QUESTION_LENGTH));
        });
        if (defaultLanguage != null && !sentAs.containsKey(defaultLanguage)) {
            violations.add("question", "has no text in the default language \"" + defaultLanguage + "\"");
        }
        return texts;
    }
}
