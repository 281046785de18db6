package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.TierLadder;

import java.util.UUID;

@ApplicationScoped
public class TierLadderRepository implements PanacheRepositoryBase<TierLadder, UUID> {
}
