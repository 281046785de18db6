package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.Purchase;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PurchaseRepository implements PanacheRepositoryBase<Purchase, UUID> {

    public boolean hasAny(UUID memberId) {
        return count("memberId", memberId) > 0;
    }

    public Optional<Purchase> findByOrder(UUID programId, String orderId) {
        return find("programId = ?1 and orderId = ?2", programId, orderId).firstResultOptional();
    }
}
