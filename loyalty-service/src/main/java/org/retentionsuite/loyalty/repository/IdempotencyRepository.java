package org.retentionsuite.loyalty.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Idempotency keys, in plain SQL: the insert-or-find must be one atomic statement. */
@ApplicationScoped
public class IdempotencyRepository {

    /** What is stored under a key. */
    public record StoredKey(byte[] requestHash, String status, Instant claimedAt, byte[] response, String errorKind,
            String errorMessage) {
    }

    private final EntityManager entityManager;

    public IdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Claims the key; true when this call claimed it, false when it existed already. */
    public boolean claim(String scope, String key, byte[] requestHash, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, key, request_hash, status, claimed_at)
                        VALUES (?1, ?2, ?3, 'IN_FLIGHT', ?4) ON CONFLICT (scope, key) DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public Optional<StoredKey> lock(String scope, String key) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, status, claimed_at, response, error_kind, error_message
                        FROM idempotency_key WHERE scope = ?1 AND key = ?2 FOR UPDATE""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(row -> new StoredKey((byte[]) row[0], (String) row[1],
                toInstant(row[2]), (byte[]) row[3], (String) row[4], (String) row[5]));
    }

    /** Takes over a key whose first request was abandoned (its process died). */
    public void reclaim(String scope, String key, Instant now) {
        entityManager.createNativeQuery("UPDATE idempotency_key SET claimed_at = ?3 WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, now).executeUpdate();
    }

    public void complete(String scope, String key, byte[] response, Instant now) {
        entityManager.createNativeQuery("""
                        UPDATE idempotency_key SET status = 'DONE', response = ?3, completed_at = ?4
                        WHERE scope = ?1 AND key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, response).setParameter(4, now).executeUpdate();
    }

    public void completeWithError(String scope, String key, String errorKind, String errorMessage, Instant now) {
        entityManager.createNativeQuery("""
                        UPDATE idempotency_key SET status = 'DONE', error_kind = ?3, error_message = ?4, completed_at = ?5
                        WHERE scope = ?1 AND key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, errorKind)
                .setParameter(4, errorMessage.length() > 1000 ? errorMessage.substring(0, 1000) : errorMessage)
                .setParameter(5, now).executeUpdate();
    }

    public void release(String scope, String key) {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE scope = ?1 AND key = ?2")
                .setParameter(1, scope).setParameter(2, key).executeUpdate();
    }

    /** Forgets keys older than the retention; returns how many. */
    public int purgeOlderThan(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE claimed_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
