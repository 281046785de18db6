package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.PurchaseReturn;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PurchaseReturnRepository implements PanacheRepositoryBase<PurchaseReturn, UUID> {

    public Optional<PurchaseReturn> findByReturnId(UUID programId, String returnId) {
        return find("programId = ?1 and returnId = ?2", programId, returnId).firstResultOptional();
    }
}
