package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.TierChange;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TierChangeRepository implements PanacheRepositoryBase<TierChange, UUID> {

    public List<TierChange> ofMember(UUID memberId) {
        return list("memberId = ?1 order by changedAt desc", memberId);
    }
}
