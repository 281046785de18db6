package org.retentionsuite.feedback.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.retentionsuite.feedback.domain.Invitation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /**
     * Records {@code now} as the last invitation of each customer not invited since {@code invitedBefore}
     * and returns those customers: the others are within the cool-down. One guarded upsert decides:
     * the conflicting row is locked, so of two concurrent requests for one customer the second sees the
     * first one's time and is refused. Rows are taken in id order so that overlapping batches cannot
     * deadlock.
     */
    @SuppressWarnings("unchecked")
    public Set<String> claimContacts(List<String> customerIds, Instant now, Instant invitedBefore) {
        List<String> claimed = getEntityManager().createNativeQuery("""
                        INSERT INTO customer_contact (customer_id, last_invited_at)
                        SELECT c, :now FROM unnest(CAST(:ids AS varchar[])) AS c ORDER BY c
                        ON CONFLICT (customer_id) DO UPDATE SET last_invited_at = EXCLUDED.last_invited_at
                        WHERE customer_contact.last_invited_at <= :invitedBefore
                        RETURNING customer_id""")
                .setParameter("ids", customerIds.stream().sorted().toArray(String[]::new))
                .setParameter("now", now)
                .setParameter("invitedBefore", invitedBefore)
                .getResultList();
        return new HashSet<>(claimed);
    }

    /** The invitation with this token hash, locked so that concurrent submits of one token queue up. */
    public Optional<Invitation> findByTokenHashForUpdate(byte[] tokenHash) {
        return find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<Invitation> findByTokenHash(byte[] tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    public List<Invitation> findByIdempotencyKey(String idempotencyKey) {
        return list("idempotencyKey", idempotencyKey);
    }
}
