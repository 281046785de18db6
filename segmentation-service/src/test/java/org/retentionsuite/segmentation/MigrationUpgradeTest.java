package org.retentionsuite.segmentation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migrations upgrade a database that already holds activity: here one at V60 (activity keyed by the event key
 * alone), migrated in a schema of its own to the latest version, where the key is the customer and the event key.
 */
@QuarkusTest
class MigrationUpgradeTest {

    private final String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @Inject
    DataSource dataSource;

    @BeforeEach
    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aDatabaseAtV60HoldingActivityMigratesToTheKeyPerCustomer() throws SQLException {
        flyway("60").migrate();
        try (Connection connection = dataSource.getConnection()) {
            record(connection, "e-1", "anna", "PURCHASE", "2025-01-02T09:00:00Z", 10_00L);
            record(connection, "e-2", "anna", "FEEDBACK", "2025-01-03T09:00:00Z", null);
            record(connection, "e-3", "ben", "PURCHASE", "2025-01-04T09:00:00Z", 5_00L);
        }

        MigrateResult upgrade = flyway(null).migrate();

        assertEquals("60", upgrade.initialSchemaVersion);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of("anna e-1 PURCHASE 1000", "anna e-2 FEEDBACK null", "ben e-3 PURCHASE 500"),
                    rows(connection, "SELECT customer_id, event_id, type, amount_minor FROM " + schema
                            + ".activity ORDER BY customer_id, event_id"));
            assertEquals(List.of("activity_feedback CREATE INDEX activity_feedback ON " + schema
                            + ".activity USING btree (customer_id, occurred_at) WHERE ((type)::text = 'FEEDBACK'::text)",
                    "activity_pkey CREATE UNIQUE INDEX activity_pkey ON " + schema
                            + ".activity USING btree (customer_id, event_key)"),
                    rows(connection, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '" + schema
                            + "' AND tablename = 'activity' ORDER BY indexname"));
            // The same event id is another customer's event; the same customer's is the event recorded before.
            assertEquals(1, record(connection, "e-1", "ben", "PURCHASE", "2025-01-02T09:00:00Z", 10_00L));
            assertEquals(0, record(connection, "e-1", "anna", "PURCHASE", "2025-01-02T09:00:00Z", 10_00L));
        }
    }

    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .createSchemas(true).locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        return configuration.load();
    }

    /** One event as the service records it at V60 and later (its key as EventKey computes it); returns the rows added. */
    private int record(Connection connection, String eventId, String customerId, String type, String occurredAt,
            Long amountMinor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".activity (event_key, "
                + "event_id, customer_id, type, occurred_at, amount_minor, currency_code, recorded_at, feedback_kind, "
                + "feedback_score) VALUES (encode(substr(sha256(convert_to(?, 'UTF8')), 1, 16), 'hex')::uuid, ?, ?, ?, "
                + "?::timestamptz, ?, ?, now(), ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, eventId);
            insert.setString(2, eventId);
            insert.setString(3, customerId);
            insert.setString(4, type);
            insert.setString(5, occurredAt);
            insert.setObject(6, amountMinor);
            insert.setString(7, amountMinor == null ? null : "USD");
            insert.setString(8, amountMinor == null ? "NPS" : null);
            insert.setObject(9, amountMinor == null ? 9 : null, java.sql.Types.SMALLINT);
            return insert.executeUpdate();
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(row.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
