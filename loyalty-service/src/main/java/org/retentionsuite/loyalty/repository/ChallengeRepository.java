package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Challenge;
import org.retentionsuite.loyalty.domain.MemberBadge;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<Challenge, UUID> {

    private final NativeRows nativeRows;

    public ChallengeRepository(NativeRows nativeRows) {
        this.nativeRows = nativeRows;
    }

    /** The ids of the challenges the member has completed. */
    public Set<UUID> completedBy(UUID memberId) {
        return Set.copyOf(getEntityManager().createQuery("select b.challengeId from MemberBadge b where b.memberId = ?1",
                UUID.class).setParameter(1, memberId).getResultList());
    }

    public void award(MemberBadge badge) {
        getEntityManager().persist(badge);
    }

    public List<MemberBadge> badgesOf(UUID memberId) {
        return getEntityManager().createQuery("from MemberBadge b where b.memberId = ?1 order by b.earnedAt desc", MemberBadge.class)
                .setParameter(1, memberId).getResultList();
    }

    /** Customer ids and the points they earned in the period, most first (set-based, over the EARN entries). */
    public List<Object[]> leaderboard(UUID programId, Instant from, Instant to, int limit) {
        return nativeRows.list("""
                        SELECT m.customer_id, sum(e.active_delta + e.pending_delta - e.debt_delta) AS earned
                        FROM ledger_entry e JOIN member m ON m.id = e.member_id
                        WHERE m.program_id = ?1 AND e.kind = 'EARN' AND e.occurred_at >= ?2 AND e.occurred_at < ?3
                        GROUP BY m.customer_id ORDER BY earned DESC, m.customer_id LIMIT ?4""", programId, from, to, limit);
    }
}
