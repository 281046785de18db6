package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.retentionsuite.feedback.domain.IdeaImpact;
import org.retentionsuite.feedback.domain.IdeaStatus;
import org.retentionsuite.feedback.domain.ImprovementIdea;
import org.retentionsuite.feedback.domain.Pseudonym;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Improvement ideas, the responses linked to them, and their impact counted in SQL. */
@ApplicationScoped
public class IdeaRepository implements PanacheRepositoryBase<ImprovementIdea, UUID> {

    private static final String FORGOTTEN = Pseudonym.PREFIX + "%";

    public Optional<ImprovementIdea> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<ImprovementIdea> withStatus(IdeaStatus status) {
        return status == null ? listAll() : list("status", status);
    }

    public void link(UUID ideaId, UUID responseId, Long customerValueMinor, Instant now) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO idea_response (idea_id, response_id, customer_value_minor, linked_at)
                        VALUES (:idea, :response, :value, :now)
                        ON CONFLICT (idea_id, response_id) DO NOTHING""")
                .setParameter("idea", ideaId).setParameter("response", responseId)
                .setParameter("value", customerValueMinor).setParameter("now", now)
                .executeUpdate();
    }

    /** Per idea: linked responses, distinct customers, and the sum of each customer's highest known value. */
    public Map<UUID, IdeaImpact> impacts(List<UUID> ideaIds) {
        Map<UUID, IdeaImpact> impacts = new HashMap<>();
        if (ideaIds.isEmpty()) {
            return impacts;
        }
        getEntityManager().flush();
        for (Object row : getEntityManager().createNativeQuery("""
                        SELECT idea_id, sum(responses), count(*), sum(value)
                        FROM (SELECT l.idea_id, r.customer_id, count(*) AS responses, max(l.customer_value_minor) AS value
                              FROM idea_response l JOIN response r ON r.id = l.response_id
                              WHERE l.idea_id IN (:ideas)
                              GROUP BY l.idea_id, r.customer_id) per_customer
                        GROUP BY idea_id""")
                .setParameter("ideas", ideaIds).getResultList()) {
            Object[] columns = (Object[]) row;
            impacts.put((UUID) columns[0], new IdeaImpact(((Number) columns[1]).intValue(), ((Number) columns[2]).intValue(),
                    columns[3] == null ? null : ((Number) columns[3]).longValue()));
        }
        return impacts;
    }

    /** The customers to tell that the idea shipped: those behind its responses, forgotten ones left out. */
    @SuppressWarnings("unchecked")
    public List<String> respondents(UUID ideaId) {
        return getEntityManager().createNativeQuery("""
                        SELECT DISTINCT r.customer_id FROM idea_response l JOIN response r ON r.id = l.response_id
                        WHERE l.idea_id = :idea AND r.customer_id NOT LIKE :forgotten ORDER BY r.customer_id""")
                .setParameter("idea", ideaId).setParameter("forgotten", FORGOTTEN).getResultList();
    }
}
