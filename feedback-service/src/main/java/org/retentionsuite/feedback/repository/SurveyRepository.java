package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.retentionsuite.feedback.domain.Survey;
import org.retentionsuite.feedback.domain.SurveyPurpose;
import org.retentionsuite.feedback.domain.SurveyStatus;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** The survey, its row locked until the transaction ends, so two status changes never cross. */
    public Optional<Survey> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<Survey> findByLinkSlug(String slug) {
        return find("linkSlug", slug).firstResultOptional();
    }

    /** The active survey of a purpose; of several, the one created last. */
    public Optional<Survey> findActiveByPurpose(SurveyPurpose purpose) {
        return find("terms.purpose = ?1 and status = ?2 order by createdAt desc, id", purpose, SurveyStatus.ACTIVE)
                .firstResultOptional();
    }

    /** Counts one view of the survey's public link (a column the entity does not map, so no write overwrites it). */
    public void countLinkView(UUID id) {
        getEntityManager().createNativeQuery("UPDATE survey SET link_views = link_views + 1 WHERE id = :id")
                .setParameter("id", id).executeUpdate();
    }

    /** The link's views, form sessions that submitted anything, and completed responses through it. */
    public long[] linkCounts(UUID id) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT s.link_views,
                               (SELECT count(*) FROM response r WHERE r.survey_id = s.id AND r.link_session IS NOT NULL),
                               (SELECT count(*) FROM response r WHERE r.survey_id = s.id AND r.link_session IS NOT NULL
                                                                  AND r.status = 'COMPLETED')
                        FROM survey s WHERE s.id = :id""")
                .setParameter("id", id).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()};
    }
}
