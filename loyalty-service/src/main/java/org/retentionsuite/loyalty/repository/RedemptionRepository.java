package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Redemption;
import org.retentionsuite.loyalty.domain.RedemptionStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RedemptionRepository implements PanacheRepositoryBase<Redemption, UUID> {

    /** Redemptions of the reward by the member that count against its limit: reserved or committed. */
    public long countHeld(UUID memberId, UUID rewardId) {
        return count("memberId = ?1 and rewardId = ?2 and status in ?3", memberId, rewardId,
                List.of(RedemptionStatus.RESERVED, RedemptionStatus.COMMITTED));
    }

    public List<Redemption> ofMember(UUID memberId) {
        return list("memberId = ?1 order by createdAt", memberId);
    }

    /** Reservations past their time, for the scheduled pass. */
    public List<Redemption> lapsed(Instant now, int limit) {
        return find("status = ?1 and expiresAt <= ?2", RedemptionStatus.RESERVED, now).page(0, limit).list();
    }
}
