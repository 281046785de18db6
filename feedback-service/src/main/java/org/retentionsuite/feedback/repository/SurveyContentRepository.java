package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.feedback.domain.Choice;
import org.retentionsuite.feedback.domain.Question;
import org.retentionsuite.feedback.domain.QuestionType;
import org.retentionsuite.feedback.domain.SurveyContent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The content of each survey version: questions, choices and every text per language. Texts are rows
 * keyed 'main', 'title', 'thank_you', 'expired', 'already_answered', 'q:&lt;question&gt;' and
 * 'q:&lt;question&gt;:c:&lt;choice&gt;', so a version keeps its wording after later edits.
 */
@ApplicationScoped
public class SurveyContentRepository {

    private final EntityManager entityManager;

    public SurveyContentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes the version's content, replacing what that version had (a draft edited in place). */
    public void save(UUID surveyId, int version, Map<String, String> mainQuestion, SurveyContent content) {
        for (String table : List.of("survey_text", "survey_choice", "survey_item")) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE survey_id = :s AND version = :v")
                    .setParameter("s", surveyId).setParameter("v", version).executeUpdate();
        }
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("main", mainQuestion);
        texts.put("title", content.title());
        texts.put("thank_you", content.thankYou());
        texts.put("expired", content.expired());
        texts.put("already_answered", content.alreadyAnswered());
        for (int i = 0; i < content.questions().size(); i++) {
            Question q = content.questions().get(i);
            entityManager.createNativeQuery("""
                            INSERT INTO survey_item (survey_id, version, position, question_id, type, required, rating_min, rating_max)
                            VALUES (:s, :v, :p, :q, :type, :required, :min, :max)""")
                    .setParameter("s", surveyId).setParameter("v", version).setParameter("p", (short) i)
                    .setParameter("q", q.id()).setParameter("type", q.type().name()).setParameter("required", q.required())
                    .setParameter("min", (short) q.ratingMin()).setParameter("max", (short) q.ratingMax())
                    .executeUpdate();
            texts.put("q:" + q.id(), q.text());
            for (int j = 0; j < q.choices().size(); j++) {
                Choice c = q.choices().get(j);
                entityManager.createNativeQuery("""
                                INSERT INTO survey_choice (survey_id, version, question_id, position, choice_id)
                                VALUES (:s, :v, :q, :p, :c)""")
                        .setParameter("s", surveyId).setParameter("v", version).setParameter("q", q.id())
                        .setParameter("p", (short) j).setParameter("c", c.id()).executeUpdate();
                texts.put("q:" + q.id() + ":c:" + c.id(), c.text());
            }
        }
        texts.forEach((key, byLanguage) -> byLanguage.forEach((language, text) -> entityManager.createNativeQuery("""
                        INSERT INTO survey_text (survey_id, version, text_key, language, text)
                        VALUES (:s, :v, :k, :l, :t)""")
                .setParameter("s", surveyId).setParameter("v", version).setParameter("k", key)
                .setParameter("l", language).setParameter("t", text).executeUpdate()));
    }

    /** The version's content; a version saved before questions existed has none. */
    @SuppressWarnings("unchecked")
    public SurveyContent load(UUID surveyId, int version) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (Object row : entityManager.createNativeQuery(
                        "SELECT text_key, language, text FROM survey_text WHERE survey_id = :s AND version = :v")
                .setParameter("s", surveyId).setParameter("v", version).getResultList()) {
            Object[] columns = (Object[]) row;
            texts.computeIfAbsent((String) columns[0], k -> new HashMap<>()).put((String) columns[1], (String) columns[2]);
        }
        Map<String, List<Choice>> choices = new HashMap<>();
        for (Object row : entityManager.createNativeQuery("""
                        SELECT question_id, choice_id FROM survey_choice WHERE survey_id = :s AND version = :v
                        ORDER BY question_id, position""")
                .setParameter("s", surveyId).setParameter("v", version).getResultList()) {
            Object[] columns = (Object[]) row;
            String q = (String) columns[0];
            String c = (String) columns[1];
            choices.computeIfAbsent(q, k -> new ArrayList<>())
                    .add(new Choice(c, texts.getOrDefault("q:" + q + ":c:" + c, Map.of())));
        }
        List<Question> questions = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                        SELECT question_id, type, required, rating_min, rating_max FROM survey_item
                        WHERE survey_id = :s AND version = :v ORDER BY position""")
                .setParameter("s", surveyId).setParameter("v", version).getResultList()) {
            Object[] columns = (Object[]) row;
            String q = (String) columns[0];
            questions.add(new Question(q, QuestionType.valueOf((String) columns[1]), (Boolean) columns[2],
                    texts.getOrDefault("q:" + q, Map.of()), choices.getOrDefault(q, List.of()),
                    ((Number) columns[3]).intValue(), ((Number) columns[4]).intValue()));
        }
        return new SurveyContent(texts.getOrDefault("title", Map.of()), texts.getOrDefault("thank_you", Map.of()),
                texts.getOrDefault("expired", Map.of()), texts.getOrDefault("already_answered", Map.of()), questions);
    }
}
