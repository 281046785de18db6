package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.retentionsuite.feedback.domain.Survey;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** The survey, its row locked until the transaction ends, so two status changes never cross. */
    public Optional<Survey> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
