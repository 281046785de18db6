package org.retentionsuite.feedback.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Idempotency keys of invitation requests and a fingerprint of the request each was first used with. */
@ApplicationScoped
public class InvitationBatchRepository {

    private final EntityManager entityManager;

    public InvitationBatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for a new batch. False when the key exists: a concurrent holder of the key makes
     * this wait until it commits, so the caller then sees its invitations and replays them.
     */
    public boolean claim(String idempotencyKey, UUID surveyId, byte[] requestHash, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO invitation_batch (idempotency_key, survey_id, request_hash, created_at)
                        VALUES (:key, :survey, :hash, :now) ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter("key", idempotencyKey)
                .setParameter("survey", surveyId)
                .setParameter("hash", requestHash)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** The fingerprint of the request the key was first used with. */
    public Optional<byte[]> requestHash(String idempotencyKey) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT request_hash FROM invitation_batch WHERE idempotency_key = :key")
                .setParameter("key", idempotencyKey)
                .getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }
}
