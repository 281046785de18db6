package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/** Reminders of unanswered invitations, recorded for a sender to deliver. */
@ApplicationScoped
public class ReminderRepository {

    private final EntityManager entityManager;

    public ReminderRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records a reminder for each invitation due one: unanswered, unexpired, not yet reminded, sent at
     * least the survey's reminder delay ago, to an active survey. One statement claims, marks and
     * records: rows another replica has claimed are skipped (SKIP LOCKED), and a marked invitation is
     * never due again, so no invitation is reminded twice.
     */
    public int recordDue(Instant now, int batchSize) {
        return entityManager.createNativeQuery("""
                        WITH clock AS (SELECT CAST(:now AS timestamptz) AS now),
                        due AS (
                            SELECT i.id FROM clock, invitation i JOIN survey s ON s.id = i.survey_id
                            WHERE i.used_at IS NULL AND i.reminded_at IS NULL AND i.expires_at > clock.now
                              AND s.status = 'ACTIVE' AND s.reminder_after_days IS NOT NULL
                              AND i.invited_at <= clock.now - make_interval(days => s.reminder_after_days)
                            ORDER BY i.invited_at LIMIT :batch
                            FOR UPDATE OF i SKIP LOCKED),
                        marked AS (
                            UPDATE invitation i SET reminded_at = clock.now FROM clock, due, survey s
                            WHERE i.id = due.id AND s.id = i.survey_id
                            RETURNING i.id, i.survey_id, i.customer_id, i.language,
                                      i.invited_at + make_interval(days => s.reminder_after_days) AS due_at)
                        INSERT INTO invitation_reminder (invitation_id, survey_id, customer_id, language, due_at, recorded_at)
                        SELECT id, survey_id, customer_id, language, due_at, clock.now FROM clock, marked""")
                .setParameter("now", now)
                .setParameter("batch", batchSize)
                .executeUpdate();
    }
}
