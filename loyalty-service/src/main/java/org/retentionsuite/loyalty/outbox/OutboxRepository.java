package org.retentionsuite.loyalty.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.hibernate.LockOptions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * Claims due events for one destination, oldest first. Rows another replica's relay holds are
     * skipped, so no event is sent by two relays at once.
     */
    public List<OutboxEvent> claimDue(String destination, Instant now, int limit) {
        return find("destination = ?1 and deliveredAt is null and deadAt is null and nextAttemptAt <= ?2 order by createdAt",
                destination, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, limit).list();
    }

    /** Forgets events delivered before the cutoff; events set aside as refused stay for an operator. */
    public long purgeDeliveredBefore(Instant cutoff) {
        return delete("deliveredAt < ?1", cutoff);
    }
}
