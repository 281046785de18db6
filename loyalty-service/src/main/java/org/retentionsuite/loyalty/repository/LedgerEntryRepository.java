package org.retentionsuite.loyalty.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.loyalty.domain.LedgerEntry;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, Long> {

    public List<LedgerEntry> allOf(UUID memberId) {
        return list("memberId = ?1 order by id", memberId);
    }

    /** A page of the member's entries, newest first, after the cursor (an entry id) when given. */
    public List<LedgerEntry> page(UUID memberId, Long beforeId, int size) {
        if (beforeId == null) {
            return find("memberId = ?1 order by id desc", memberId).page(0, size).list();
        }
        return find("memberId = ?1 and id < ?2 order by id desc", memberId, beforeId).page(0, size).list();
    }
}
