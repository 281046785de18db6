package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.EventRule;
import org.retentionsuite.loyalty.domain.MemberEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EventRuleRepository implements PanacheRepositoryBase<EventRule, UUID> {

    public Optional<EventRule> forEvent(UUID programId, String eventKey) {
        return find("programId = ?1 and eventKey = ?2", programId, eventKey).firstResultOptional();
    }

    /** The programmes with a rule for the event. */
    public List<UUID> programsRewarding(String eventKey) {
        return getEntityManager().createQuery("select r.programId from EventRule r where r.eventKey = ?1", UUID.class)
                .setParameter(1, eventKey).getResultList();
    }

    public void recordEarning(MemberEvent event) {
        getEntityManager().persist(event);
    }

    /** How many times the event earned the member points since the start of the cap's period. */
    public long earningsSince(UUID memberId, String eventKey, Instant since) {
        return getEntityManager().createQuery(
                        "select count(e) from MemberEvent e where e.memberId = ?1 and e.eventKey = ?2 and e.occurredAt >= ?3", Long.class)
                .setParameter(1, memberId).setParameter(2, eventKey).setParameter(3, since).getSingleResult();
    }
}
