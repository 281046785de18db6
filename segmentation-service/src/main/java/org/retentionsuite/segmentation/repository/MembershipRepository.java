package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.retentionsuite.segmentation.domain.segment.BehaviourColumns;
import org.retentionsuite.segmentation.domain.segment.CurrentSegment;
import org.retentionsuite.segmentation.domain.segment.MembershipChange;
import org.retentionsuite.segmentation.domain.segment.SegmentMember;
import org.retentionsuite.segmentation.domain.segment.SqlFragment;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Segment membership and its history, changed set-based: one statement per segment and pass. */
@ApplicationScoped
public class MembershipRepository {

    /*
     * Rows go in in customer id order, sorted as COLLATE "C": the same order as the database's C.UTF-8 (see "RFM" in
     * the README), compared by bytes instead of by strcoll.
     *
     * The candidates are evaluated against the rule; matching candidates who are not members enter,
     * members among the candidates who no longer match leave, and both are logged, in one
     * statement. ON CONFLICT and DELETE … RETURNING report only the rows this statement changed,
     * so two passes racing over one customer log one change, not two.
     */
    private static final String REEVALUATE = """
            WITH candidate AS (%s),
            matching AS (SELECT c.customer_id FROM candidate c WHERE %s),
            entered AS (
                INSERT INTO segment_member (segment_id, customer_id, entered_at)
                SELECT ?, customer_id, ? FROM matching ORDER BY customer_id COLLATE "C"
                ON CONFLICT (segment_id, customer_id) DO NOTHING
                RETURNING customer_id),
            gone AS (
                DELETE FROM segment_member m
                WHERE m.segment_id = ? AND m.customer_id IN (SELECT customer_id FROM candidate)
                  AND NOT EXISTS (SELECT 1 FROM matching x WHERE x.customer_id = m.customer_id)
                RETURNING customer_id),
            logged AS (
                INSERT INTO segment_membership_change (segment_id, customer_id, kind, changed_at)
                SELECT ?, customer_id, 'ENTERED', ? FROM entered
                UNION ALL
                SELECT ?, customer_id, 'LEFT', ? FROM gone
                RETURNING id, customer_id, kind)
            SELECT id, customer_id, kind FROM logged ORDER BY id
            """;

    /*
     * A segment created in this transaction has no members and no history yet: every matching candidate enters,
     * written in customer id order with plain inserts (no conflict check, no members to diff against). Only the count
     * comes back: no playbook can name a segment before its transaction commits, so nobody waits for the entered ids.
     */
    private static final String POPULATE = """
            WITH candidate AS (%s),
            entered AS (
                INSERT INTO segment_member (segment_id, customer_id, entered_at)
                SELECT ?, c.customer_id, ? FROM candidate c WHERE %s ORDER BY c.customer_id COLLATE "C"
                RETURNING customer_id),
            logged AS (
                INSERT INTO segment_membership_change (segment_id, customer_id, kind, changed_at)
                SELECT ?, customer_id, 'ENTERED', ? FROM entered
                RETURNING 1)
            SELECT count(*) FROM logged
            """;

    private final EntityManager entityManager;

    public MembershipRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every customer with activity or attributes, and the segment's members (a member may have none left),
     * with the behaviour columns the rule reads: one GROUP BY over the activity serves both, joined (full) with
     * the attribute holders and members, so the customers with activity are not gathered and hashed a second time.
     */
    public static SqlFragment everyCustomer(UUID segmentId, BehaviourColumns behaviour) {
        SqlFragment aggregates = behaviour.selectItems();
        List<Object> parameters = new ArrayList<>(aggregates.parameters());
        parameters.add(segmentId);
        return new SqlFragment("""
                WITH behaviour AS (SELECT a.customer_id%s FROM activity a GROUP BY a.customer_id)
                SELECT coalesce(b.customer_id, k.customer_id) AS customer_id%s
                FROM behaviour b
                FULL JOIN (SELECT customer_id FROM customer UNION SELECT customer_id FROM segment_member WHERE segment_id = ?) k
                    ON k.customer_id = b.customer_id""".formatted(aggregates.sql(),
                behaviour.joinedColumns()), parameters);
    }

    /** A full pass groups every customer's activity: room for its hash tables, in this transaction only. */
    public void prepareFullPass() {
        session().doWork(WholePassMemory::grant);
    }

    public static SqlFragment customers(List<String> customerIds) {
        return SqlFragment.of("SELECT DISTINCT unnest(?::text[]) AS customer_id", (Object) customerIds.toArray(String[]::new));
    }

    /** Applies the rule to the candidates; returns who entered and left, in log order. */
    public List<MembershipChange> reevaluate(UUID segmentId, SqlFragment candidates, SqlFragment predicate, Instant now) {
        String sql = REEVALUATE.formatted(candidates.sql(), predicate.sql());
        return changes(segmentId, sql, now, candidates.parameters(), predicate.parameters(),
                List.of(segmentId, now, segmentId, segmentId, now, segmentId, now));
    }

    /** The first members of a segment created in this transaction (it has none yet); returns how many entered. */
    public int populate(UUID segmentId, SqlFragment candidates, SqlFragment predicate, Instant now) {
        String sql = POPULATE.formatted(candidates.sql(), predicate.sql());
        List<Object> parameters = new ArrayList<>(List.of(segmentId, now));
        parameters.addAll(predicate.parameters());
        parameters.addAll(List.of(segmentId, now));
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = SqlParameters.bind(statement, 1, candidates.parameters());
                SqlParameters.bind(statement, next, parameters);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return row.getInt(1);
                }
            }
        });
    }

    private List<MembershipChange> changes(UUID segmentId, String sql, Instant now, List<Object> first,
            List<Object> second, List<Object> third) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = SqlParameters.bind(statement, 1, first);
                next = SqlParameters.bind(statement, next, second);
                SqlParameters.bind(statement, next, third);
                try (ResultSet row = statement.executeQuery()) {
                    List<MembershipChange> changes = new ArrayList<>();
                    while (row.next()) {
                        changes.add(new MembershipChange(row.getLong("id"), segmentId, row.getString("customer_id"),
                                MembershipChange.Kind.valueOf(row.getString("kind")), now));
                    }
                    return changes;
                }
            }
        });
    }

    public long count(UUID segmentId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT count(*) FROM segment_member WHERE segment_id = ?")) {
                query.setObject(1, segmentId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Members by customer id, after {@code afterCustomer} (null: from the first). */
    public List<SegmentMember> members(UUID segmentId, String afterCustomer, int limit) {
        return members("SELECT customer_id, entered_at FROM segment_member WHERE segment_id = ? AND customer_id > ?"
                + " ORDER BY customer_id LIMIT ?", List.of(segmentId, afterCustomer == null ? "" : afterCustomer, limit));
    }

    public Optional<SegmentMember> membership(UUID segmentId, String customerId) {
        return members("SELECT customer_id, entered_at FROM segment_member WHERE segment_id = ? AND customer_id = ?",
                List.of(segmentId, customerId)).stream().findFirst();
    }

    /** Newest first, before the change {@code beforeSequence} (null: from the newest); optionally of one customer. */
    public List<MembershipChange> changes(UUID segmentId, String customerId, Long beforeSequence, int limit) {
        return changes("""
                SELECT id, segment_id, customer_id, kind, changed_at FROM segment_membership_change
                WHERE segment_id = ? AND (?::text IS NULL OR customer_id = ?) AND id < ?
                ORDER BY id DESC LIMIT ?""", java.util.Arrays.asList(segmentId, customerId, customerId,
                beforeSequence == null ? Long.MAX_VALUE : beforeSequence, limit));
    }

    /** The segments a customer is in now, by name (then id); one lookup on the member table's customer index. */
    public List<CurrentSegment> currentSegmentsOf(String customerId) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT s.id, s.name, m.entered_at FROM segment_member m JOIN segment s ON s.id = m.segment_id
                    WHERE m.customer_id = ? ORDER BY s.name, s.id""")) {
                query.setString(1, customerId);
                try (ResultSet row = query.executeQuery()) {
                    List<CurrentSegment> segments = new ArrayList<>();
                    while (row.next()) {
                        segments.add(new CurrentSegment(row.getObject(1, UUID.class), row.getString(2),
                                row.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                    return segments;
                }
            }
        });
    }

    /** A customer's changes in every segment, oldest first. */
    public List<MembershipChange> changesOf(String customerId) {
        return changes("SELECT id, segment_id, customer_id, kind, changed_at FROM segment_membership_change"
                + " WHERE customer_id = ? ORDER BY id", List.of(customerId));
    }

    private List<MembershipChange> changes(String sql, List<Object> parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bindNullable(query, parameters);
                try (ResultSet row = query.executeQuery()) {
                    List<MembershipChange> changes = new ArrayList<>();
                    while (row.next()) {
                        changes.add(new MembershipChange(row.getLong("id"), row.getObject("segment_id", UUID.class),
                                row.getString("customer_id"), MembershipChange.Kind.valueOf(row.getString("kind")),
                                instant(row, "changed_at")));
                    }
                    return changes;
                }
            }
        });
    }

    private List<SegmentMember> members(String sql, List<Object> parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                SqlParameters.bind(query, 1, parameters);
                try (ResultSet row = query.executeQuery()) {
                    List<SegmentMember> members = new ArrayList<>();
                    while (row.next()) {
                        members.add(new SegmentMember(row.getString("customer_id"), instant(row, "entered_at")));
                    }
                    return members;
                }
            }
        });
    }

    private static void bindNullable(PreparedStatement query, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i) == null) {
                query.setNull(i + 1, java.sql.Types.VARCHAR);
            } else {
                SqlParameters.bind(query, i + 1, List.of(parameters.get(i)));
            }
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
