package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Reward;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RewardRepository implements PanacheRepositoryBase<Reward, UUID> {

    public List<Reward> ofProgram(UUID programId) {
        return list("programId = ?1 order by createdAt", programId);
    }

    /** Takes one unit of stock if any is left (a guarded update: concurrent takers never oversell). */
    public boolean takeOne(UUID rewardId) {
        return getEntityManager().createNativeQuery(
                        "UPDATE reward SET stock = stock - 1 WHERE id = ?1 AND (stock IS NULL OR stock > 0)")
                .setParameter(1, rewardId).executeUpdate() == 1;
    }

    public void giveBackOne(UUID rewardId) {
        getEntityManager().createNativeQuery("UPDATE reward SET stock = stock + 1 WHERE id = ?1 AND stock IS NOT NULL")
                .setParameter(1, rewardId).executeUpdate();
    }
}
