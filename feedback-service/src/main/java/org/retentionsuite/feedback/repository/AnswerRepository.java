package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.feedback.domain.Answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The answers of a response to its survey version's further questions. */
@ApplicationScoped
public class AnswerRepository {

    private final EntityManager entityManager;

    public AnswerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Replaces the response's answers (a response saved part-way is saved again as it grows). */
    public void replace(UUID responseId, List<Answer> answers) {
        entityManager.createNativeQuery("DELETE FROM response_answer WHERE response_id = :r")
                .setParameter("r", responseId).executeUpdate();
        for (Answer answer : answers) {
            entityManager.createNativeQuery("""
                            INSERT INTO response_answer (response_id, question_id, rating, choice_ids, text)
                            VALUES (:r, :q, CAST(:rating AS smallint), CAST(:choices AS varchar[]), CAST(:text AS varchar))""")
                    .setParameter("r", responseId).setParameter("q", answer.questionId())
                    .setParameter("rating", answer.rating())
                    .setParameter("choices", answer.choiceIds().isEmpty() ? null : answer.choiceIds().toArray(String[]::new))
                    .setParameter("text", answer.text())
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    public List<Answer> of(UUID responseId) {
        List<Answer> answers = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                        SELECT question_id, rating, choice_ids, text FROM response_answer WHERE response_id = :r
                        ORDER BY question_id""")
                .setParameter("r", responseId).getResultList()) {
            Object[] c = (Object[]) row;
            answers.add(new Answer((String) c[0], c[1] == null ? null : ((Number) c[1]).intValue(),
                    strings(c[2]), (String) c[3]));
        }
        return answers;
    }

    private static List<String> strings(Object array) {
        try {
            Object[] values = array == null ? new Object[0]
                    : array instanceof java.sql.Array sql ? (Object[]) sql.getArray() : (Object[]) array;
            return Arrays.stream(values).map(String::valueOf).toList();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("unreadable choice_ids", e);
        }
    }
}
