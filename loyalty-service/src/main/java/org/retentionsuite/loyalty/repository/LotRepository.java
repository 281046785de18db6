package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.LotStatus;
import org.retentionsuite.loyalty.domain.PointsLot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LotRepository implements PanacheRepositoryBase<PointsLot, UUID> {

    private final NativeRows nativeRows;

    public LotRepository(NativeRows nativeRows) {
        this.nativeRows = nativeRows;
    }

    /** The member's spendable lots in spending order: earliest expiry first, never-expiring last. */
    public List<PointsLot> spendable(UUID memberId) {
        return find("memberId = ?1 and status = ?2 and remaining > 0 order by expiresAt asc nulls last, earnedAt asc",
                memberId, LotStatus.ACTIVE).list();
    }

    /** The member's lots due for activation or expiry, in one query: the start of every change to its points. */
    public List<PointsLot> dueForSettlement(UUID memberId, Instant now) {
        return find("memberId = ?1 and ((status = ?2 and activatesAt <= ?4) or (status = ?3 and remaining > 0 and expiresAt <= ?4))",
                memberId, LotStatus.PENDING, LotStatus.ACTIVE, now).list();
    }

    /** Members with lots to activate or expire, for the scheduled pass (uses the partial indexes). */
    public List<UUID> membersWithDueLots(Instant now, int limit) {
        return nativeRows.ids("""
                        SELECT member_id FROM points_lot WHERE status = 'PENDING' AND activates_at <= ?1
                        UNION
                        SELECT member_id FROM points_lot WHERE status = 'ACTIVE' AND remaining > 0 AND expires_at <= ?1
                        LIMIT ?2""", now, limit);
    }

    /** Lots expiring within the window, summed per expiry instant. */
    @SuppressWarnings("unchecked")
    public List<Object[]> expiringBetween(UUID memberId, Instant from, Instant until) {
        return getEntityManager().createQuery("""
                        select l.expiresAt, sum(l.remaining) from PointsLot l
                        where l.memberId = ?1 and l.status = ?2 and l.remaining > 0 and l.expiresAt > ?3 and l.expiresAt <= ?4
                        group by l.expiresAt order by l.expiresAt""")
                .setParameter(1, memberId).setParameter(2, LotStatus.ACTIVE).setParameter(3, from).setParameter(4, until)
                .getResultList();
    }
}
