package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.retentionsuite.feedback.domain.DueReminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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

    /**
     * Claims up to {@code limit} recorded reminders nobody has taken yet and marks them taken, in one
     * statement: rows another caller holds are skipped (SKIP LOCKED), so no reminder is handed out twice.
     */
    public List<DueReminder> take(Instant now, int limit) {
        List<DueReminder> taken = new ArrayList<>();
        for (Object row : entityManager.createNativeQuery("""
                        WITH claimed AS (
                            SELECT invitation_id FROM invitation_reminder WHERE sent_at IS NULL
                            ORDER BY recorded_at, due_at, invitation_id LIMIT :limit
                            FOR UPDATE SKIP LOCKED)
                        UPDATE invitation_reminder r SET sent_at = :now FROM claimed, invitation i
                        WHERE r.invitation_id = claimed.invitation_id AND i.id = r.invitation_id
                        RETURNING r.invitation_id, r.survey_id, r.customer_id, r.language, i.invited_at, r.due_at,
                                  i.expires_at""")
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList()) {
            Object[] c = (Object[]) row;
            taken.add(new DueReminder((UUID) c[0], (UUID) c[1], (String) c[2], (String) c[3], instant(c[4]), instant(c[5]),
                    instant(c[6])));
        }
        taken.sort(Comparator.comparing(DueReminder::dueAt).thenComparing(DueReminder::invitationId));
        return taken;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
