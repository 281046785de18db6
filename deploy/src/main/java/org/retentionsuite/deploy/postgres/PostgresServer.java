package org.retentionsuite.deploy.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server on which the suite creates its databases: one named by configuration, or an
 * embedded one (binaries from Maven Central) when none is named, as on machines without a server.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final String DUPLICATE_DATABASE = "42P04";

    private final String serverUrl;
    private final String maintenanceDatabase;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String serverUrl, String maintenanceDatabase, String user, String password,
            EmbeddedPostgres embedded) {
        this.serverUrl = serverUrl;
        this.maintenanceDatabase = maintenanceDatabase;
        this.user = user;
        this.password = password == null ? "" : password;
        this.embedded = embedded;
    }

    /**
     * The server named by {@code <prefix>_URL}, {@code _USER} and {@code _PASSWORD} in the
     * environment, else an embedded one on a free port.
     */
    public static PostgresServer fromEnvironment(String prefix, Map<String, String> environment) {
        String url = environment.get(prefix + "_URL");
        if (url == null || url.isBlank()) {
            return embedded(0, null);
        }
        return configured(url, environment.getOrDefault(prefix + "_USER", "postgres"),
                environment.getOrDefault(prefix + "_PASSWORD", ""));
    }

    /** An existing server; {@code jdbcUrl} names any database on it that the user may connect to. */
    public static PostgresServer configured(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?');
        String withoutQuery = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        int slash = withoutQuery.indexOf('/', "jdbc:postgresql://".length());
        String serverUrl = slash < 0 ? withoutQuery + "/" : withoutQuery.substring(0, slash + 1);
        String database = slash < 0 || slash == withoutQuery.length() - 1 ? "postgres" : withoutQuery.substring(slash + 1);
        return new PostgresServer(serverUrl, database, user, password, null);
    }

    /** Starts an embedded server on {@code port} (0 for a free one), in {@code dataDirectory} if given. */
    public static PostgresServer embedded(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            String serverUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            return new PostgresServer(serverUrl, "postgres", "postgres", "", postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL on port " + port, e);
        }
    }

    /** Creates the database unless it exists; true when this call created it. */
    public boolean ensureDatabase(String database) {
        requireValidName(database);
        try (Connection connection = connect(maintenanceDatabase)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                if (exists.executeQuery().next()) {
                    return false;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
                return true;
            } catch (SQLException e) {
                if (DUPLICATE_DATABASE.equals(e.getSQLState())) {
                    return false; // another process created it between the check and the create
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " on " + serverUrl + ": "
                    + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return serverUrl + requireValidName(database);
    }

    /** The URL of the server without a database, for example {@code jdbc:postgresql://localhost:5432/}. */
    public String serverUrl() {
        return serverUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(serverUrl + database, user, password);
    }

    private static String requireValidName(String database) {
        if (!DATABASE_NAME.matcher(Objects.requireNonNull(database)).matches()) {
            throw new IllegalArgumentException("not a valid database name: " + database);
        }
        return database;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
