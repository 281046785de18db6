package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.ResponseStatus;
import org.retentionsuite.feedback.domain.SurveyResponse;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ResponseRepository implements PanacheRepositoryBase<SurveyResponse, UUID> {

    public Optional<SurveyResponse> findByInvitation(UUID invitationId) {
        return find("invitationId", invitationId).firstResultOptional();
    }

    public Optional<SurveyResponse> findByLinkSession(String linkSession) {
        return find("linkSession", linkSession).firstResultOptional();
    }

    public long countCompleted(UUID surveyId) {
        return count("surveyId = ?1 and status = ?2", surveyId, ResponseStatus.COMPLETED);
    }

    /** Serialises the submits of one public-link form session until the transaction ends. */
    public void lockLinkSession(String linkSession) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(:session, 0))")
                .setParameter("session", linkSession).getSingleResult();
    }
}
