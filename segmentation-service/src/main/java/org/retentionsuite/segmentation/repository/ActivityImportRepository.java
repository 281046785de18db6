package org.retentionsuite.segmentation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.retentionsuite.segmentation.domain.ActivityImport.PurchaseRecorder;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Imported purchases, streamed with COPY. First straight into {@code activity}, inside a savepoint: a file of history
 * imported for the first time (the bulk case) is then written once, without a table of the transaction, a sort or a
 * look-up per row. When a row's key is recorded already (a file imported again, overlapping files, another import of
 * the same rows at the same time) that COPY fails on the primary key; it is rolled back to the savepoint and the file
 * goes the careful way: COPY into a table of the transaction, then one INSERT … SELECT of the keys not recorded yet.
 *
 * <p>The careful move looks the keys up itself (an anti-join on the primary key) instead of {@code ON CONFLICT DO
 * NOTHING}: a speculative insertion takes and releases a lock per row and writes a third WAL record for it, which cost
 * twice as much as the insert itself. Only when another transaction records one of the same keys at once does the
 * plain insert meet a unique violation; it is then rolled back to a savepoint and the rows go in with {@code ON
 * CONFLICT DO NOTHING}, which waits for that transaction and skips what it recorded.
 */
@ApplicationScoped
public class ActivityImportRepository {

    private static final Logger LOG = Logger.getLogger(ActivityImportRepository.class);

    /** The rows of a file, handed to a recorder in file order; read again when the first attempt is rolled back. */
    @FunctionalInterface
    public interface ImportedRows {
        /** Hands every row to the recorder; returns the number of data rows. */
        int writeTo(PurchaseRecorder recorder);
    }

    /** How an import went: its data rows and those recorded now. */
    public record Recorded(int rowCount, int recordedCount) {
    }

    private static final String COLUMNS = "(event_key, event_id, customer_id, type, occurred_at, amount_minor, currency_code, recorded_at)";

    private static final String COPY_INTO_ACTIVITY = "COPY activity " + COLUMNS + " FROM STDIN (FORMAT binary)";

    private static final String STAGE = """
            CREATE TEMPORARY TABLE activity_import (
                event_key     uuid   NOT NULL,
                event_id      text   NOT NULL,
                customer_id   text   NOT NULL,
                type          text   NOT NULL,
                occurred_at   timestamptz NOT NULL,
                amount_minor  bigint NOT NULL,
                currency_code text   NOT NULL,
                recorded_at   timestamptz NOT NULL
            ) ON COMMIT DROP
            """;

    private static final String COPY_INTO_STAGE = "COPY activity_import FROM STDIN (FORMAT binary)";

    // In key order: two imports wait on each other's keys in one order, and the key index is filled page by page.
    private static final String MOVE = """
            INSERT INTO activity %s
            SELECT event_key, event_id, customer_id, type, occurred_at, amount_minor, currency_code, recorded_at
            FROM activity_import i
            %s
            ORDER BY customer_id, event_key
            %s
            """;

    private static final String NEW_KEYS_ONLY = MOVE.formatted(COLUMNS, """
            WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.customer_id = i.customer_id AND a.event_key = i.event_key)""",
            "");

    private static final String SKIPPING_CONFLICTS = MOVE.formatted(COLUMNS, "", "ON CONFLICT (customer_id, event_key) DO NOTHING");

    /*
     * The file's rows are few against the table's: one look-up per row in the key index, never a hash of the whole
     * table (the planner knows nothing of the fresh import table). The sort of a piece (50 MB for 8 MiB of CSV) in
     * memory instead of on disk (WholePassMemory).
     */
    private static final String MOVE_SETTINGS = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";

    private static final String UNIQUE_VIOLATION = "23505";
    /** Two imports of overlapping files in different row orders, each waiting for a key the other wrote first. */
    private static final String DEADLOCK_DETECTED = "40P01";

    /** Statistics are refreshed when the rows added since they were taken exceed this share of the rows they counted. */
    private static final double STALE_STATISTICS_SHARE = 1.0;

    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

    private final EntityManager entityManager;

    public ActivityImportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the rows whose key the customer has not recorded before (in the caller's transaction). When the rows
     * throw (an invalid file), nothing is written that the caller's rollback does not take back.
     */
    public Recorded recordPurchases(ImportedRows rows, Instant recordedAt) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            long started = System.nanoTime();
            long startedCpu = THREAD_CPU.getCurrentThreadCpuTime();
            Recorded recorded;
            String way;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SAVEPOINT activity_import_copy");
                try {
                    int rowCount = copy(connection, COPY_INTO_ACTIVITY, rows, recordedAt);
                    statement.execute("RELEASE SAVEPOINT activity_import_copy");
                    recorded = new Recorded(rowCount, rowCount);
                    way = "straight into activity";
                } catch (SQLException e) {
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !DEADLOCK_DETECTED.equals(e.getSQLState())) {
                        throw e;
                    }
                    statement.execute("ROLLBACK TO SAVEPOINT activity_import_copy");
                    long fallback = System.nanoTime();
                    statement.execute(STAGE);
                    int rowCount = copy(connection, COPY_INTO_STAGE, rows, recordedAt);
                    long staged = System.nanoTime();
                    recorded = new Recorded(rowCount, move(connection));
                    way = String.format(java.util.Locale.ROOT, "with the keys recorded before skipped (%s; %d ms lost, "
                            + "staged in %d ms, moved in %d ms)", e.getSQLState(), (fallback - started) / 1_000_000,
                            (staged - fallback) / 1_000_000, (System.nanoTime() - staged) / 1_000_000);
                }
            }
            LOG.infof("%d imported rows, %d new, written %s in %d ms (%d ms of it the service's CPU)", recorded.rowCount(),
                    recorded.recordedCount(), way, (System.nanoTime() - started) / 1_000_000,
                    (THREAD_CPU.getCurrentThreadCpuTime() - startedCpu) / 1_000_000);
            analyzeIfStale(connection, recorded.recordedCount());
            return recorded;
        });
    }

    /** Streams the rows with COPY (binary: the server parses no text) as they are read; returns the number of data rows. */
    private static int copy(Connection connection, String copySql, ImportedRows rows, Instant recordedAt) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
        try {
            PurchaseCopyRows copyRows = new PurchaseCopyRows(copy, recordedAt);
            int rowCount;
            try {
                rowCount = rows.writeTo(copyRows::add);
                copyRows.finish();
            } catch (PurchaseCopyRows.CopyFailed failed) {
                throw failed.getCause();
            }
            copy.endCopy();
            return rowCount;
        } finally {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException alreadyFailed) {
                    // The COPY failed on the server already (its error is the one thrown above).
                }
            }
        }
    }

    private static int move(Connection connection) throws SQLException {
        WholePassMemory.grant(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute(MOVE_SETTINGS);
            statement.execute("SAVEPOINT activity_import_move");
            int recorded;
            try {
                recorded = insert(connection, NEW_KEYS_ONLY);
                statement.execute("RELEASE SAVEPOINT activity_import_move");
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                LOG.info("another transaction recorded some of the imported keys at the same time; moving again, skipping them");
                statement.execute("ROLLBACK TO SAVEPOINT activity_import_move");
                recorded = insert(connection, SKIPPING_CONFLICTS);
            }
            statement.execute("RESET enable_hashjoin; RESET enable_mergejoin; RESET work_mem");
            return recorded;
        }
    }

    private static int insert(Connection connection, String sql) throws SQLException {
        try (PreparedStatement move = connection.prepareStatement(sql)) {
            return move.executeUpdate();
        }
    }

    /**
     * A bulk import can multiply the table before autovacuum notices: with the old row count the
     * planner reads a customer's rows through the (type, occurred_at) index instead of the customer
     * index, and a segment pass over every customer takes minutes instead of seconds. ANALYZE in this
     * transaction counts its own new rows. It runs when the rows added since the last one (the committed ones the
     * statistics system counted, and this import's) reach the rows it counted then: the statistics stay within a
     * factor of two of the table, and an import of many pieces analyses after pieces 1, 2, 4, 8 … instead of after
     * every piece while the table is small (ANALYZE of 30,000 sampled rows took 0.7–1.5 s of each piece).
     */
    private static void analyzeIfStale(Connection connection, int recorded) throws SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery("""
                     SELECT greatest(c.reltuples, 0), coalesce(s.n_mod_since_analyze, 0)
                     FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
                     WHERE c.oid = 'activity'::regclass""")) {
            row.next();
            long addedSinceAnalysed = recorded + row.getLong(2);
            if (recorded > 0 && addedSinceAnalysed > STALE_STATISTICS_SHARE * row.getDouble(1)) {
                long started = System.nanoTime();
                statement.execute("ANALYZE activity");
                LOG.infof("activity analysed after %d new rows (%d since the last analysis) in %d ms", recorded,
                        addedSinceAnalysed, (System.nanoTime() - started) / 1_000_000);
            }
        }
    }
}
