package org.retentionsuite.feedback.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A survey version's texts besides its main question, each per language, and its further questions.
 * Each page text is optional; once given, it needs every offered language before the survey goes live.
 */
public record SurveyContent(Map<String, String> title, Map<String, String> thankYou, Map<String, String> expired,
        Map<String, String> alreadyAnswered, List<Question> questions) {

    public static final SurveyContent EMPTY = new SurveyContent(Map.of(), Map.of(), Map.of(), Map.of(), List.of());

    public SurveyContent {
        title = Map.copyOf(title);
        thankYou = Map.copyOf(thankYou);
        expired = Map.copyOf(expired);
        alreadyAnswered = Map.copyOf(alreadyAnswered);
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** Every text by what it is ("the title", "question \"reason\"", ...), in the order a reader meets them. */
    public Map<String, Map<String, String>> textsByName() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("the title", title);
        for (Question question : questions) {
            texts.put("question \"" + question.id() + "\"", question.text());
            for (Choice choice : question.choices()) {
                texts.put("choice \"" + choice.id() + "\" of question \"" + question.id() + "\"", choice.text());
            }
        }
        texts.put("the thank-you text", thankYou);
        texts.put("the expired text", expired);
        texts.put("the already-answered text", alreadyAnswered);
        return texts;
    }

    /**
     * What keeps the survey from going live in these languages: "the question has no text in de, fr"
     * for the main question, then "the title has no text in fr", one entry per text and language. Texts given in no language at all are not used and so not missing;
     * question and choice texts are always needed.
     */
    public List<String> missingTexts(Map<String, String> mainQuestion, Set<String> languages) {
        List<String> missing = new ArrayList<>();
        String question = languages.stream().filter(l -> !mainQuestion.containsKey(l)).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        if (!question.isEmpty()) {
            missing.add("the question has no text in " + question);
        }
        textsByName().forEach((name, texts) -> {
            boolean pageText = name.startsWith("the ");
            if (pageText && texts.isEmpty()) {
                return;
            }
            languages.stream().sorted().filter(l -> !texts.containsKey(l))
                    .forEach(l -> missing.add(name + " has no text in " + l));
        });
        return missing;
    }

    /** The text in the language, else in the default language, else empty. */
    public static String in(Map<String, String> texts, String language, String defaultLanguage) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(defaultLanguage);
        }
        return text == null ? "" : text;
    }
}
