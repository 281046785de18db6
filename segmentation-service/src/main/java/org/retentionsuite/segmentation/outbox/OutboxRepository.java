package org.retentionsuite.segmentation.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /** Due events, oldest first; rows another replica's relay holds are skipped (SKIP LOCKED). */
    public List<OutboxEvent> claimDue(Instant now, int limit) {
        return find("deliveredAt is null and deadAt is null and nextAttemptAt <= ?1 order by createdAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, limit).list();
    }

    public Optional<OutboxEvent> byKey(String eventKey) {
        return find("eventKey", eventKey).firstResultOptional();
    }
}
