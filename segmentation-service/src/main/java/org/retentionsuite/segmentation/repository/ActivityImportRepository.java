package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.retentionsuite.segmentation.domain.Activity;
import org.retentionsuite.segmentation.domain.EventKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Imported purchases: streamed with COPY into a table of the transaction, then moved into
 * {@code activity} by one INSERT … SELECT that skips the event keys the customer has recorded before. COPY spares
 * the parameter arrays of {@link ActivityRepository#recordNew} (their text form is parsed again by
 * the server), which dominate a file of hundreds of thousands of rows.
 *
 * <p>The move looks the keys up itself (an anti-join on the primary key) instead of {@code ON CONFLICT DO NOTHING}:
 * a speculative insertion takes and releases a lock per row and writes a third WAL record for it, which cost twice
 * as much as the insert itself. Only when another transaction records one of the same keys at once does the plain
 * insert meet a unique violation; it is then rolled back to a savepoint and the rows go in with {@code ON CONFLICT
 * DO NOTHING}, which waits for that transaction and skips what it recorded.
 */
@ApplicationScoped
public class ActivityImportRepository {

    private static final Logger LOG = Logger.getLogger(ActivityImportRepository.class);

    private static final String STAGE = """
            CREATE TEMPORARY TABLE activity_import (
                event_key     uuid   NOT NULL,
                event_id      text   NOT NULL,
                customer_id   text   NOT NULL,
                occurred_at   timestamptz NOT NULL,
                amount_minor  bigint NOT NULL,
                currency_code text   NOT NULL
            ) ON COMMIT DROP
            """;

    // In key order: two imports wait on each other's keys in one order, and the key index is filled page by page.
    private static final String MOVE = """
            INSERT INTO activity (event_key, event_id, customer_id, type, occurred_at, amount_minor, currency_code,
                                  recorded_at)
            SELECT event_key, event_id, customer_id, 'PURCHASE', occurred_at, amount_minor, currency_code, ?
            FROM activity_import i
            %s
            ORDER BY customer_id, event_key
            %s
            """;

    private static final String NEW_KEYS_ONLY = MOVE.formatted("""
            WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.customer_id = i.customer_id AND a.event_key = i.event_key)""",
            "");

    private static final String SKIPPING_CONFLICTS = MOVE.formatted("", "ON CONFLICT (customer_id, event_key) DO NOTHING");

    /*
     * The file's rows are few against the table's: one look-up per row in the key index, never a hash of the whole
     * table (the planner knows nothing of the fresh import table). The sort of a piece (50 MB for 8 MiB of CSV) in
     * memory instead of on disk (WholePassMemory).
     */
    private static final String MOVE_SETTINGS = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";

    private static final String UNIQUE_VIOLATION = "23505";

    /** Statistics are refreshed when an import adds more than this share of the rows the planner knows of. */
    private static final double STALE_STATISTICS_SHARE = 0.1;

    private static final int FLUSH_CHARS = 1 << 16;

    private static final java.lang.management.ThreadMXBean THREAD_CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final EntityManager entityManager;

    public ActivityImportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the purchases whose event id is new (in the caller's transaction); returns how many. */
    public int recordPurchases(List<Activity> purchases, Instant recordedAt) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            long started = System.nanoTime();
            long startedCpu = THREAD_CPU.getCurrentThreadCpuTime();
            try (Statement stage = connection.createStatement()) {
                stage.execute(STAGE);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY activity_import FROM STDIN (FORMAT csv)");
            try {
                StringBuilder rows = new StringBuilder(FLUSH_CHARS + 1024);
                MessageDigest sha256 = EventKey.sha256();
                Instant lastInstant = null;
                String lastInstantText = null;
                for (Activity purchase : purchases) {
                    if (!purchase.occurredAt().equals(lastInstant)) {
                        lastInstant = purchase.occurredAt();
                        lastInstantText = lastInstant.toString();
                    }
                    rows.append(EventKey.of(purchase.eventId(), sha256)).append(',').append(purchase.eventId()).append(',');
                    quoted(rows, purchase.customerId()).append(',')
                            .append(lastInstantText).append(',')
                            .append(purchase.amountMinor()).append(',')
                            .append(purchase.currencyCode()).append('\n');
                    if (rows.length() >= FLUSH_CHARS) {
                        write(copy, rows);
                    }
                }
                write(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            long copied = System.nanoTime();
            long copiedCpu = THREAD_CPU.getCurrentThreadCpuTime();
            int recorded = move(connection, recordedAt);
            LOG.infof("%d imported rows copied in %d ms (%d ms of it the service's CPU), %d new moved into activity in %d ms",
                    purchases.size(), (copied - started) / 1_000_000, (copiedCpu - startedCpu) / 1_000_000, recorded,
                    (System.nanoTime() - copied) / 1_000_000);
            analyzeIfStale(connection, recorded);
            return recorded;
        });
    }

    private static int move(java.sql.Connection connection, Instant recordedAt) throws java.sql.SQLException {
        WholePassMemory.grant(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(MOVE_SETTINGS);
            statement.execute("SAVEPOINT activity_import_move");
            int recorded;
            try {
                recorded = insert(connection, NEW_KEYS_ONLY, recordedAt);
                statement.execute("RELEASE SAVEPOINT activity_import_move");
            } catch (java.sql.SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                LOG.info("another transaction recorded some of the imported keys at the same time; moving again, skipping them");
                statement.execute("ROLLBACK TO SAVEPOINT activity_import_move");
                recorded = insert(connection, SKIPPING_CONFLICTS, recordedAt);
            }
            statement.execute("RESET enable_hashjoin; RESET enable_mergejoin; RESET work_mem");
            return recorded;
        }
    }

    private static int insert(java.sql.Connection connection, String sql, Instant recordedAt) throws java.sql.SQLException {
        try (PreparedStatement move = connection.prepareStatement(sql)) {
            move.setObject(1, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
            return move.executeUpdate();
        }
    }

    /**
     * A bulk import can multiply the table before autovacuum notices: with the old row count the
     * planner reads a customer's rows through the (type, occurred_at) index instead of the customer
     * index, and a segment pass over every customer takes minutes instead of seconds. ANALYZE in this
     * transaction counts its own new rows.
     */
    private static void analyzeIfStale(java.sql.Connection connection, int recorded) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(
                     "SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'activity'::regclass")) {
            row.next();
            if (recorded > STALE_STATISTICS_SHARE * row.getDouble(1)) {
                long started = System.nanoTime();
                statement.execute("ANALYZE activity");
                LOG.infof("activity analysed after %d new rows in %d ms", recorded, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder rows) throws java.sql.SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** A CSV field in quotes (a customer id may hold commas or quotes). */
    private static StringBuilder quoted(StringBuilder rows, String text) {
        rows.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            rows.append(c);
            if (c == '"') {
                rows.append('"');
            }
        }
        return rows.append('"');
    }
}
