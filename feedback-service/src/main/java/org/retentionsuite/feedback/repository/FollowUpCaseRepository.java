package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.retentionsuite.feedback.domain.CaseFilter;
import org.retentionsuite.feedback.domain.CaseStatus;
import org.retentionsuite.feedback.domain.FollowUpCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FollowUpCaseRepository implements PanacheRepositoryBase<FollowUpCase, UUID> {

    private static final List<CaseStatus> UNRESOLVED = List.of(CaseStatus.OPEN, CaseStatus.IN_PROGRESS);

    /** The case with its row locked, so that concurrent changes of one case happen one after the other. */
    public Optional<FollowUpCase> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A page of cases, latest opened first, after the cursor's case; one more than asked says whether more follow. */
    public List<FollowUpCase> page(CaseFilter filter, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.and("status", filter.status());
        }
        if (filter.owner() != null) {
            where.add("owner = :owner");
            parameters.and("owner", filter.owner());
        }
        if (filter.surveyId() != null) {
            where.add("surveyId = :survey");
            parameters.and("survey", filter.surveyId());
        }
        if (filter.after() != null) {
            where.add("(openedAt < :at or (openedAt = :at and id < :id))");
            parameters.and("at", filter.after().openedAt()).and("id", filter.after().id());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by openedAt desc, id desc";
        return find(query, parameters).page(0, limit + 1).list();
    }

    /** Unresolved cases whose due time has passed, the most overdue first. */
    public List<FollowUpCase> overdue(Instant now, int limit) {
        return find("status in ?1 and dueAt < ?2 order by dueAt, id", UNRESOLVED, now).page(0, limit).list();
    }

    public List<FollowUpCase> ofCustomer(String customerId) {
        return find("customerId = ?1 order by openedAt desc, id desc", customerId).list();
    }

    public List<FollowUpCase> unresolvedOfCustomer(String customerId) {
        return find("customerId = ?1 and status in ?2 order by dueAt, id", customerId, UNRESOLVED).list();
    }
}
