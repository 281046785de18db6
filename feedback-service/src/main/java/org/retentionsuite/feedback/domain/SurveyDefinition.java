package org.retentionsuite.feedback.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The validated content a survey is created with; question texts are keyed by canonical language
 * tag. {@code languages} are the languages offered (a draft may lack some texts); a null
 * {@code invitationCoolDownDays} means the deployment's default.
 */
public record SurveyDefinition(String name, SurveyKind kind, String defaultLanguage, Map<String, String> question,
        Set<String> languages, Integer invitationCoolDownDays) {

    public static final int MAX_QUESTION_LENGTH = 1000;
    public static final int MAX_COOL_DOWN_DAYS = 365;

    public SurveyDefinition {
        question = Map.copyOf(question);
        languages = Set.copyOf(languages);
    }

    public static SurveyDefinition of(String name, SurveyKind kind, String defaultLanguage, Map<String, String> question) {
        return of(name, kind, defaultLanguage, question, List.of(), null);
    }

    /**
     * Validates raw request values; reports every invalid field at once, by its contract name. A
     * null kind means the request named none.
     */
    public static SurveyDefinition of(String name, SurveyKind kind, String defaultLanguage, Map<String, String> question,
            List<String> languages, Integer invitationCoolDownDays) {
        Violations violations = new Violations();
        String validName = violations.requiredText("name", name, 200);
        if (kind == null) {
            violations.add("kind", "is required");
        }
        String language = violations.requiredLanguageTag("default_language", defaultLanguage);
        Map<String, String> texts = question(violations, question, language);
        Set<String> offered = languages(violations, languages, texts.keySet(), language);
        if (invitationCoolDownDays != null && (invitationCoolDownDays < 0 || invitationCoolDownDays > MAX_COOL_DOWN_DAYS)) {
            violations.add("invitation_cool_down_days", "is not between 0 and " + MAX_COOL_DOWN_DAYS);
        }
        violations.throwIfAny();
        return new SurveyDefinition(validName, kind, language, texts, offered, invitationCoolDownDays);
    }

    /** The languages offered: as listed, else those with a text; the default language is always one of them. */
    private static Set<String> languages(Violations violations, List<String> languages, Set<String> withText,
            String defaultLanguage) {
        if (languages.isEmpty()) {
            return new TreeSet<>(withText);
        }
        Set<String> offered = new TreeSet<>();
        for (int i = 0; i < languages.size(); i++) {
            String field = "languages[" + i + "]";
            String language = violations.requiredLanguageTag(field, languages.get(i));
            if (language != null && !offered.add(language)) {
                violations.add(field, "is listed twice");
            }
        }
        if (defaultLanguage != null && !offered.contains(defaultLanguage)) {
            violations.add("languages", "does not include the default language \"" + defaultLanguage + "\"");
        }
        withText.stream().filter(l -> !offered.contains(l)).sorted().forEach(l ->
                violations.add("question[" + l + "]", "is in a language the survey does not offer"));
        return offered;
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
