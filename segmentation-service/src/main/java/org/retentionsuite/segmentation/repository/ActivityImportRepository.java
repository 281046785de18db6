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
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Imported purchases: streamed with COPY into a table of the transaction, then moved into
 * {@code activity} by one INSERT … SELECT that skips the event ids recorded before. COPY spares
 * the parameter arrays of {@link ActivityRepository#recordNew} (their text form is parsed again by
 * the server), which dominate a file of hundreds of thousands of rows.
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
            FROM activity_import
            ORDER BY event_key
            ON CONFLICT (event_key) DO NOTHING
            """;

    /** Statistics are refreshed when an import adds more than this share of the rows the planner knows of. */
    private static final double STALE_STATISTICS_SHARE = 0.1;

    private static final int FLUSH_CHARS = 1 << 16;

    private final EntityManager entityManager;

    public ActivityImportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the purchases whose event id is new (in the caller's transaction); returns how many. */
    public int recordPurchases(List<Activity> purchases, Instant recordedAt) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            long started = System.nanoTime();
            try (Statement stage = connection.createStatement()) {
                stage.execute(STAGE);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY activity_import FROM STDIN (FORMAT csv)");
            try {
                StringBuilder rows = new StringBuilder(FLUSH_CHARS + 1024);
                for (Activity purchase : purchases) {
                    rows.append(EventKey.of(purchase.eventId())).append(',').append(purchase.eventId()).append(',');
                    quoted(rows, purchase.customerId()).append(',')
                            .append(purchase.occurredAt()).append(',')
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
            try (PreparedStatement move = connection.prepareStatement(MOVE)) {
                move.setObject(1, OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC));
                int recorded = move.executeUpdate();
                LOG.infof("%d imported rows copied in %d ms, %d new moved into activity in %d ms", purchases.size(),
                        (copied - started) / 1_000_000, recorded, (System.nanoTime() - copied) / 1_000_000);
                analyzeIfStale(connection, recorded);
                return recorded;
            }
        });
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
