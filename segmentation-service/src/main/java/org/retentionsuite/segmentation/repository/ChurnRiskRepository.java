package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.churn.ChurnReason;
import org.retentionsuite.segmentation.domain.churn.ChurnRisk;
import org.retentionsuite.segmentation.domain.churn.ChurnRiskLevel;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Stored churn risk scores and their level changes ({@code churn_level_change}; the playbooks of a level run for the
 * changes a store returns, in its transaction, and a customer's history is read by id). Scoring passes are
 * serialised by a transaction-scoped advisory lock, so that replicas scoring at the same time record each change once.
 */
@ApplicationScoped
public class ChurnRiskRepository {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('segmentation.churn-risk-scoring'))";

    /**
     * One statement per batch: the levels stored before are read (and locked), a change is recorded
     * where the level moved (a first score only when it is not LOW), and the scores replace the old.
     * The upsert runs although nothing reads it (PostgreSQL runs every data-modifying WITH part).
     * Parameters: the six arrays, as-of and time for the changes, as-of and time for the scores.
     */
    private static final String STORE = """
            WITH scored AS (
                SELECT * FROM unnest(?::text[], ?::float8[], ?::text[], ?::text[], ?::float8[], ?::text[])
                    AS s (customer_id, score, level, reasons, probability_alive, fit_id)
            ),
            previous AS (
                SELECT r.customer_id, r.level FROM churn_risk r JOIN scored s ON s.customer_id = r.customer_id
                ORDER BY r.customer_id
                FOR UPDATE OF r
            ),
            changes AS (
                INSERT INTO churn_level_change (customer_id, from_level, to_level, score, as_of, changed_at)
                SELECT s.customer_id, p.level, s.level, s.score, ?, ?
                FROM scored s LEFT JOIN previous p ON p.customer_id = s.customer_id
                WHERE p.level IS DISTINCT FROM s.level AND NOT (p.level IS NULL AND s.level = 'LOW')
                ORDER BY s.customer_id
                RETURNING customer_id, to_level
            ),
            stored AS (
                INSERT INTO churn_risk (customer_id, score, level, reasons, probability_alive, fit_id, as_of, scored_at)
                SELECT customer_id, score, level, reasons::jsonb, probability_alive, fit_id::uuid, ?, ?
                FROM scored ORDER BY customer_id
                ON CONFLICT (customer_id) DO UPDATE SET score = EXCLUDED.score, level = EXCLUDED.level,
                    reasons = EXCLUDED.reasons, probability_alive = EXCLUDED.probability_alive,
                    fit_id = EXCLUDED.fit_id, as_of = EXCLUDED.as_of, scored_at = EXCLUDED.scored_at
                RETURNING 1
            )
            SELECT customer_id, to_level FROM changes ORDER BY customer_id
            """;

    /** A recorded change: the customer entered {@code level}. */
    public record LevelEntered(String customerId, ChurnRiskLevel level) {
    }

    private final EntityManager entityManager;

    public ChurnRiskRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until no other scoring runs; held until this transaction ends. */
    public void lockScoring() {
        session().doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
                lock.execute();
            }
        });
    }

    public Optional<ChurnRiskLevel> storedLevel(String customerId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT level FROM churn_risk WHERE customer_id = ?")) {
                query.setString(1, customerId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(ChurnRiskLevel.valueOf(row.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** Stores the scores; returns the level changes recorded, by customer id. */
    public List<LevelEntered> store(List<ChurnRisk> risks, LocalDate asOf, Instant now) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement store = connection.prepareStatement(STORE)) {
                store.setArray(1, connection.createArrayOf("text", risks.stream().map(ChurnRisk::customerId).toArray(String[]::new)));
                store.setArray(2, connection.createArrayOf("float8", risks.stream().map(ChurnRisk::score).toArray(Double[]::new)));
                store.setArray(3, connection.createArrayOf("text", risks.stream().map(r -> r.level().name()).toArray(String[]::new)));
                store.setArray(4, connection.createArrayOf("text", risks.stream().map(r -> json(r.reasons())).toArray(String[]::new)));
                store.setArray(5, connection.createArrayOf("float8",
                        risks.stream().map(ChurnRisk::probabilityAlive).toArray(Double[]::new)));
                store.setArray(6, connection.createArrayOf("text", risks.stream()
                        .map(r -> r.fitId() == null ? null : r.fitId().toString()).toArray(String[]::new)));
                OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                store.setObject(7, asOf, Types.DATE);
                store.setObject(8, at);
                store.setObject(9, asOf, Types.DATE);
                store.setObject(10, at);
                try (ResultSet row = store.executeQuery()) {
                    List<LevelEntered> changes = new java.util.ArrayList<>();
                    while (row.next()) {
                        changes.add(new LevelEntered(row.getString(1), ChurnRiskLevel.valueOf(row.getString(2))));
                    }
                    return changes;
                }
            }
        });
    }

    /** The reasons as a JSON array; their texts are the model's own, so escaping quotes and backslashes suffices. */
    static String json(List<ChurnReason> reasons) {
        StringBuilder json = new StringBuilder("[");
        for (ChurnReason reason : reasons) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"indicator\":\"").append(reason.indicator().name())
                    .append("\",\"value\":").append(reason.value())
                    .append(",\"baseline\":").append(reason.baseline())
                    .append(",\"description\":\"")
                    .append(reason.description().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"}");
        }
        return json.append(']').toString();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
