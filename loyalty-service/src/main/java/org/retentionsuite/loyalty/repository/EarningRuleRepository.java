package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.EarningRule;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EarningRuleRepository implements PanacheRepositoryBase<EarningRule, UUID> {

    public List<EarningRule> ofProgram(UUID programId) {
        return list("programId", programId);
    }
}
