package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.retentionsuite.feedback.domain.ResponseStatus;
import org.retentionsuite.feedback.domain.SurveyResponse;

import java.util.List;

/** A customer's data across the feedback tables: read for the 360 view and export, rewritten when forgotten. */
@ApplicationScoped
public class CustomerDataRepository {

    private final EntityManager entityManager;

    public CustomerDataRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The customer's completed responses, latest first (started ones are no feedback yet); {@code limit} > 0. */
    public List<SurveyResponse> completedResponses(String customerId, int limit) {
        return entityManager.createQuery("""
                        from SurveyResponse where customerId = :customer and status = :completed
                        order by completedAt desc, id desc""", SurveyResponse.class)
                .setParameter("customer", customerId)
                .setParameter("completed", ResponseStatus.COMPLETED)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Every response of the customer, started (partial) ones included, each carrying its status:
     * latest first by completion, or by start for a started one.
     */
    public List<SurveyResponse> responses(String customerId) {
        return entityManager.createQuery("""
                        from SurveyResponse where customerId = :customer
                        order by coalesce(completedAt, startedAt) desc, id desc""", SurveyResponse.class)
                .setParameter("customer", customerId)
                .getResultList();
    }

    /**
     * Replaces the customer id of the responses by the pseudonym and drops their comments and open-text
     * answers (free text); the scores, ratings and choices stay.
     */
    public int anonymiseResponses(String customerId, String pseudonym) {
        entityManager.createNativeQuery("""
                        UPDATE response_answer SET text = NULL
                        WHERE text IS NOT NULL AND response_id IN (SELECT id FROM response WHERE customer_id = :customer)""")
                .setParameter("customer", customerId).executeUpdate();
        return update("UPDATE response SET customer_id = :pseudonym, comment = NULL WHERE customer_id = :customer",
                customerId, pseudonym);
    }

    /** Notes are free text about the customer: their text goes, the fact that a note was written stays. */
    public int anonymiseCases(String customerId, String pseudonym) {
        entityManager.createNativeQuery("UPDATE case_note SET text = NULL WHERE case_id IN "
                        + "(SELECT id FROM follow_up_case WHERE customer_id = :customer)")
                .setParameter("customer", customerId).executeUpdate();
        return update("UPDATE follow_up_case SET customer_id = :pseudonym, comment = NULL WHERE customer_id = :customer",
                customerId, pseudonym);
    }

    /**
     * Invitations keep counting for the response rate under the pseudonym; the fatigue record and the
     * reminders not yet taken go, and no reminder is recorded for the forgotten customer later (its
     * invitations count as reminded).
     */
    public int anonymiseInvitations(String customerId, String pseudonym) {
        entityManager.createNativeQuery("DELETE FROM customer_contact WHERE customer_id = :customer")
                .setParameter("customer", customerId).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM invitation_reminder WHERE customer_id = :customer AND sent_at IS NULL")
                .setParameter("customer", customerId).executeUpdate();
        entityManager.createNativeQuery("UPDATE invitation_reminder SET customer_id = :pseudonym WHERE customer_id = :customer")
                .setParameter("customer", customerId).setParameter("pseudonym", pseudonym).executeUpdate();
        return update("""
                UPDATE invitation SET customer_id = :pseudonym, reminded_at = coalesce(reminded_at, invited_at)
                WHERE customer_id = :customer""", customerId, pseudonym);
    }

    private int update(String sql, String customerId, String pseudonym) {
        return entityManager.createNativeQuery(sql)
                .setParameter("customer", customerId)
                .setParameter("pseudonym", pseudonym)
                .executeUpdate();
    }
}
