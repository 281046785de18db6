package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Tier;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TierRepository implements PanacheRepositoryBase<Tier, UUID> {

    /** The programme's tiers, lowest first. */
    public List<Tier> ofProgram(UUID programId) {
        return list("programId = ?1 order by rank", programId);
    }
}
