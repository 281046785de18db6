package org.retentionsuite.feedback;

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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The migrations upgrade a database that already holds data: here one at V31 with completed and
 * started (partial, unscored) responses, migrated in a schema of its own to the latest version.
 * The rollups backfilled on the way count the completed responses only.
 */
@QuarkusTest
class MigrationUpgradeTest {

    private static final Instant NINE_FIFTEEN = Instant.parse("2026-03-14T09:15:00Z");
    private static final Instant NINE_O_CLOCK = Instant.parse("2026-03-14T09:00:00Z");

    @Inject
    DataSource dataSource;

    private final String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

    @BeforeEach
    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aDatabaseAtV31HoldingStartedResponsesMigratesToTheLatestVersion() throws SQLException {
        flyway("31").migrate();
        UUID survey = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO " + schema + ".survey (id, name, kind, default_language, status, version, "
                    + "created_at, score_min, score_max) VALUES (?, 'Upgrade NPS', 'NPS', 'en', 'ACTIVE', 1, ?, 0, 10)",
                    survey, Timestamp.from(NINE_O_CLOCK));
            response(connection, survey, "COMPLETED", 9, NINE_FIFTEEN);
            response(connection, survey, "COMPLETED", 3, NINE_FIFTEEN.plusSeconds(600));
            response(connection, survey, "STARTED", null, null);
            response(connection, survey, "STARTED", null, null);
        }

        MigrateResult upgrade = flyway(null).migrate();

        assertEquals("31", upgrade.initialSchemaVersion);
        assertEquals(latestVersion(), upgrade.targetSchemaVersion);
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(List.of(survey + " " + NINE_O_CLOCK + " en  3 1", survey + " " + NINE_O_CLOCK + " en  9 1"),
                    rows(connection, "SELECT survey_id, hour, language, country, score, n FROM " + schema
                            + ".response_rollup ORDER BY score"));
            assertEquals(List.of(survey + " " + NINE_O_CLOCK + " 2 12"), rows(connection,
                    "SELECT survey_id, hour, n, score_sum FROM " + schema + ".score_hour_rollup"));
            assertEquals(List.of(survey + " 4 2"), rows(connection, "SELECT survey_id, count(*), "
                    + "count(*) FILTER (WHERE status = 'STARTED') FROM " + schema + ".response GROUP BY survey_id"));
            assertEquals(List.of(survey + " " + NINE_O_CLOCK + " 4 2"), rows(connection,
                    "SELECT survey_id, hour, invited, answered FROM " + schema + ".invitation_rollup"));
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

    private String latestVersion() {
        return flyway(null).info().all()[flyway(null).info().all().length - 1].getVersion().getVersion();
    }

    /** A response to an invitation of its own, sent at nine; a started one has no score and no completion yet. */
    private void response(Connection connection, UUID survey, String status, Integer score, Instant completedAt)
            throws SQLException {
        UUID invitation = UUID.randomUUID();
        execute(connection, "INSERT INTO " + schema + ".invitation (id, survey_id, customer_id, language, token_hash, "
                        + "invited_at, expires_at, used_at) VALUES (?, ?, ?, 'en', ?, ?, ?, ?)",
                invitation, survey, "C-" + invitation, invitation.toString().getBytes(), Timestamp.from(NINE_O_CLOCK),
                Timestamp.from(NINE_O_CLOCK.plusSeconds(30 * 86_400)),
                completedAt == null ? null : Timestamp.from(completedAt));
        execute(connection, "INSERT INTO " + schema + ".response (id, survey_id, invitation_id, survey_version, "
                        + "customer_id, language, channel, score, completed_at, status, started_at) "
                        + "VALUES (?, ?, ?, 1, ?, 'en', 'WEB', ?, ?, ?, ?)",
                UUID.randomUUID(), survey, invitation, "C-" + invitation, score,
                completedAt == null ? null : Timestamp.from(completedAt), status,
                Timestamp.from(NINE_O_CLOCK.plusSeconds(300)));
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = row.getObject(i);
                    values.add(value instanceof java.time.OffsetDateTime at ? at.toInstant().toString()
                            : value instanceof Timestamp at ? at.toInstant().toString() : String.valueOf(value));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
