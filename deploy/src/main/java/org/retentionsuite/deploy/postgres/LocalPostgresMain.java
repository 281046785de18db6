package org.retentionsuite.deploy.postgres;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local runner's PostgreSQL: ensures the services' databases exist on the server named by
 * {@code RETENTION_DB_URL}/{@code _USER}/{@code _PASSWORD}, or on an embedded server started on
 * {@code RETENTION_EMBEDDED_DB_PORT} (default 5532) when none is named, and then keeps that embedded
 * server running until the process is stopped.
 *
 * <p>Prints one line per database ({@code database <name> created|existing}) and then
 * {@code ready <server-url> <user>}; {@code deploy/local/run.sh} reads these lines.
 *
 * <p>Arguments: the database names to ensure.
 */
public final class LocalPostgresMain {

    private LocalPostgresMain() {
    }

    public static void main(String[] databases) throws InterruptedException {
        String configuredUrl = System.getenv("RETENTION_DB_URL");
        PostgresServer server;
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            server = PostgresServer.configured(configuredUrl, envOr("RETENTION_DB_USER", "postgres"),
                    envOr("RETENTION_DB_PASSWORD", ""));
        } else {
            int port = Integer.parseInt(envOr("RETENTION_EMBEDDED_DB_PORT", "5532"));
            String dataDirectory = System.getenv("RETENTION_EMBEDDED_DB_DIR");
            server = PostgresServer.embedded(port, dataDirectory == null ? null : Path.of(dataDirectory));
        }
        for (String database : databases) {
            boolean created = server.ensureDatabase(database);
            System.out.println("database " + database + " " + (created ? "created" : "existing"));
        }
        System.out.println("ready " + server.serverUrl() + " " + server.user());
        System.out.flush();
        if (server.isEmbedded()) {
            CountDownLatch stopped = new CountDownLatch(1);
            PostgresServer running = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.close();
                stopped.countDown();
            }, "local-postgres-stop"));
            stopped.await();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
