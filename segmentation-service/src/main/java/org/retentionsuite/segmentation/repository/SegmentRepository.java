package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.segment.RuleSpec;
import org.retentionsuite.segmentation.domain.segment.Segment;
import org.retentionsuite.segmentation.mapping.RuleCodec;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Segments, one row each, with their member counts. */
@ApplicationScoped
public class SegmentRepository {

    private static final String COLUMNS = """
            s.id, s.name, s.description, s.rule, s.created_at, s.refreshed_at,
            (SELECT count(*) FROM segment_member m WHERE m.segment_id = s.id) AS member_count
            """;

    private final EntityManager entityManager;
    private final RuleCodec codec;

    public SegmentRepository(EntityManager entityManager, RuleCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    /** False when the name is taken (nothing stored). */
    public boolean insert(UUID id, String name, String description, RuleSpec rule, Instant createdAt) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO segment (id, name, description, rule, created_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (name) DO NOTHING""")) {
                insert.setObject(1, id);
                insert.setString(2, name);
                insert.setString(3, description);
                insert.setBytes(4, codec.encode(rule));
                insert.setObject(5, OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC));
                return insert.executeUpdate() == 1;
            }
        });
    }

    public Optional<Segment> find(UUID id) {
        List<Segment> found = query("SELECT " + COLUMNS + " FROM segment s WHERE s.id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** Oldest first, after the segment created at {@code afterCreated} with {@code afterId} (both null: from the start). */
    public List<Segment> page(Instant afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return query("SELECT " + COLUMNS + " FROM segment s ORDER BY s.created_at, s.id LIMIT ?", List.of(limit));
        }
        return query("SELECT " + COLUMNS + " FROM segment s WHERE (s.created_at, s.id) > (?, ?) ORDER BY s.created_at, s.id LIMIT ?",
                List.of(afterCreated, afterId, limit));
    }

    /**
     * Every segment's id and rule, for evaluating arriving activity; member counts are not read.
     * The rows stay share-locked until the transaction ends: a full pass (which holds its segment
     * FOR UPDATE) and arriving activity then take turns on a segment instead of locking member
     * rows in crossing orders, which could deadlock.
     */
    public List<Segment> allForEvaluation() {
        return query("SELECT s.id, s.name, s.description, s.rule, s.created_at, s.refreshed_at, 0 AS member_count"
                + " FROM segment s ORDER BY s.id FOR SHARE", List.of());
    }

    /**
     * Claims the segment refreshed longest ago, if that was before {@code dueBefore}, for this
     * transaction; segments another replica is refreshing are skipped.
     */
    public Optional<UUID> claimDue(Instant dueBefore) {
        return ids("""
                SELECT id FROM segment WHERE refreshed_at IS NULL OR refreshed_at < ?
                ORDER BY refreshed_at NULLS FIRST, id LIMIT 1 FOR UPDATE SKIP LOCKED""", List.of(dueBefore));
    }

    /** Locks the segment for a refresh asked for by hand (waiting for a pass that holds it). */
    public Optional<UUID> lock(UUID id) {
        return ids("SELECT id FROM segment WHERE id = ? FOR UPDATE", List.of(id));
    }

    public void markRefreshed(UUID id, Instant at) {
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE segment SET refreshed_at = ? WHERE id = ?")) {
                SqlParameters.bind(update, 1, List.of(at, id));
                update.executeUpdate();
            }
        });
    }

    private Optional<UUID> ids(String sql, List<Object> parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                SqlParameters.bind(query, 1, parameters);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }

    private List<Segment> query(String sql, List<Object> parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                SqlParameters.bind(query, 1, parameters);
                try (ResultSet row = query.executeQuery()) {
                    List<Segment> segments = new ArrayList<>();
                    while (row.next()) {
                        segments.add(segment(row));
                    }
                    return segments;
                }
            }
        });
    }

    private Segment segment(ResultSet row) throws SQLException {
        OffsetDateTime refreshed = row.getObject("refreshed_at", OffsetDateTime.class);
        return new Segment(row.getObject("id", UUID.class), row.getString("name"), row.getString("description"),
                codec.decode(row.getBytes("rule")), row.getLong("member_count"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                refreshed == null ? null : refreshed.toInstant());
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
