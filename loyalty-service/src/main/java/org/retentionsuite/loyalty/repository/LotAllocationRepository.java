package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.LotAllocation;

import java.util.List;

@ApplicationScoped
public class LotAllocationRepository implements PanacheRepositoryBase<LotAllocation, LotAllocation.Key> {

    public List<LotAllocation> ofEntry(Long entryId) {
        return find("key.entryId", entryId).list();
    }
}
