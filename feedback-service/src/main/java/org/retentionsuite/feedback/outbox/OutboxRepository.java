package org.retentionsuite.feedback.outbox;

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
     * Claims the due events of one destination, oldest first, with FOR UPDATE SKIP LOCKED: rows a
     * relay of another replica holds are skipped, so no two relays send one event at once.
     */
    List<OutboxEvent> claimDue(String destination, Instant now, int limit) {
        return find("destination = ?1 and deliveredAt is null and deadAt is null and nextAttemptAt <= ?2 order by createdAt",
                destination, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, limit).list();
    }

    /** Forgets events delivered before the cutoff; refused ones stay for an operator. */
    long purgeDeliveredBefore(Instant cutoff) {
        return delete("deliveredAt < ?1", cutoff);
    }

    /** Events of these responses still waiting for delivery, of any destination. */
    public long undeliveredOf(List<String> responseIds) {
        return count("eventKey in ?1 and deliveredAt is null", responseIds);
    }

    /** Forgets delivered events of these responses (they name the customer); waiting ones must still go out. */
    public long deleteDeliveredOf(List<String> responseIds) {
        return responseIds.isEmpty() ? 0 : delete("eventKey in ?1 and deliveredAt is not null", responseIds);
    }
}
