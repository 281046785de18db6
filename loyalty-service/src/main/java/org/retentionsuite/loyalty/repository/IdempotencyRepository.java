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
    private final NativeRows nativeRows;

    public IdempotencyRepository(EntityManager entityManager, NativeRows nativeRows) {
        this.entityManager = entityManager;
        this.nativeRows = nativeRows;
    }

    /**
     * Takes the key's transaction-scoped advisory lock, without waiting; false when another
     * transaction holds it (the key is in flight). The lock ends with the transaction.
     */
    public boolean tryLock(String scope, String key) {
        return (Boolean) nativeRows.value("SELECT pg_try_advisory_xact_lock(hashtextextended(?1 || chr(31) || ?2, 0))",
                scope, key);
    }

    public Optional<StoredKey> find(String scope, String key) {
        List<Object[]> rows = nativeRows.list("""
                        SELECT request_hash, status, claimed_at, response, error_kind, error_message
                        FROM idempotency_key WHERE scope = ?1 AND key = ?2""", scope, key);
        return rows.stream().findFirst().map(row -> new StoredKey((byte[]) row[0], (String) row[1],
                NativeRows.instant(row[2]), (byte[]) row[3], (String) row[4], (String) row[5]));
    }

    /** Stores the answer under the key, in the work's transaction (taking over an abandoned claim). */
    public void complete(String scope, String key, byte[] requestHash, byte[] response, Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, key, request_hash, status, claimed_at, response, completed_at)
                        VALUES (?1, ?2, ?3, 'DONE', ?4, ?5, ?4)
                        ON CONFLICT (scope, key) DO UPDATE SET status = 'DONE', claimed_at = ?4, response = ?5,
                            completed_at = ?4""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .setParameter(5, response).executeUpdate();
    }

    /**
     * Stores a refusal under the key, after the work rolled back; an answer a concurrent retry
     * stored meanwhile is kept.
     */
    public void completeWithError(String scope, String key, byte[] requestHash, String errorKind, String errorMessage,
            Instant now) {
        entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, key, request_hash, status, claimed_at, error_kind, error_message,
                            completed_at)
                        VALUES (?1, ?2, ?3, 'DONE', ?4, ?5, ?6, ?4)
                        ON CONFLICT (scope, key) DO UPDATE SET status = 'DONE', claimed_at = ?4, error_kind = ?5,
                            error_message = ?6, completed_at = ?4
                        WHERE idempotency_key.status <> 'DONE'""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, now)
                .setParameter(5, errorKind)
                .setParameter(6, errorMessage.length() > 1000 ? errorMessage.substring(0, 1000) : errorMessage)
                .executeUpdate();
    }

    /** Forgets keys older than the retention; returns how many. */
    public int purgeOlderThan(Instant cutoff) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE claimed_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }

}
