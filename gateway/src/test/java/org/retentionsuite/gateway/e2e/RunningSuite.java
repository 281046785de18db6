package org.retentionsuite.gateway.e2e;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.deploy.postgres.TestPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts the three services from their packaged jars, each with its own database on the test
 * PostgreSQL ({@code retention_e2e_<service>}), and points the gateway's gRPC clients at them
 * through {@code quarkus.grpc.clients.<name>.test-port} (in test mode clients would otherwise call
 * the gateway's own server).
 */
public class RunningSuite implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES = List.of("loyalty", "feedback", "segmentation");

    private static final Map<String, ServiceProcess> RUNNING = new LinkedHashMap<>();

    /** A running service, to stop and restart it in a test. */
    public static ServiceProcess service(String name) {
        ServiceProcess service = RUNNING.get(name);
        if (service == null) {
            throw new IllegalStateException("the " + name + " service is not running");
        }
        return service;
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = TestPostgres.server();
        Path root = Path.of(System.getProperty("retention.suite.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("gateway/target/e2e-logs");
        Map<String, String> config = new HashMap<>();
        try {
            Files.createDirectories(logs);
            Map<String, Integer> ports = new HashMap<>();
            for (String name : SERVICES) {
                ports.put(name, freePort());
            }
            for (String name : SERVICES) {
                String database = "retention_e2e_" + name;
                postgres.ensureDatabase(database);
                String prefix = name.toUpperCase(Locale.ROOT);
                int port = ports.get(name);
                Map<String, String> environment = new HashMap<>();
                // The services call each other too: loyalty forwards purchases and returns to segmentation.
                environment.put("SEGMENTATION_GRPC_HOST", "localhost");
                environment.put("SEGMENTATION_GRPC_PORT", String.valueOf(ports.get("segmentation")));
                environment.put("LOYALTY_OUTBOX_EVERY", "500ms");
                // Segmentation's playbooks act through loyalty (bonus points) and feedback (survey invitations);
                // feedback sends survey incentives to loyalty and scores to segmentation through its outbox.
                environment.put("LOYALTY_GRPC_HOST", "localhost");
                environment.put("LOYALTY_GRPC_PORT", String.valueOf(ports.get("loyalty")));
                environment.put("FEEDBACK_GRPC_HOST", "localhost");
                environment.put("FEEDBACK_GRPC_PORT", String.valueOf(ports.get("feedback")));
                environment.put("SEGMENTATION_OUTBOX_EVERY", "500ms");
                environment.put("FEEDBACK_OUTBOX_EVERY", "500ms");
                environment.put("FEEDBACK_OUTBOX_MAX_BACKOFF", "4s");
                environment.put(prefix + "_PORT", String.valueOf(port));
                environment.put(prefix + "_DB_URL", postgres.jdbcUrl(database));
                environment.put(prefix + "_DB_USER", postgres.user());
                environment.put(prefix + "_DB_PASSWORD", postgres.password());
                ServiceProcess service = new ServiceProcess(name, root.resolve(name + "-service/target/quarkus-app/quarkus-run.jar"),
                        port, environment, logs.resolve(name + ".log"));
                // A clean schema on the first start of a run; restarts in a test keep the data.
                service.start(Map.of("QUARKUS_FLYWAY_CLEAN_DISABLED", "false", "QUARKUS_FLYWAY_CLEAN_AT_START", "true"));
                RUNNING.put(name, service);
                config.put("quarkus.grpc.clients." + name + ".host", "localhost");
                config.put("quarkus.grpc.clients." + name + ".test-port", String.valueOf(port));
            }
            for (ServiceProcess service : RUNNING.values()) {
                service.awaitReady(Duration.ofSeconds(120));
            }
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return config;
    }

    @Override
    public void stop() {
        RUNNING.values().forEach(ServiceProcess::stop);
        RUNNING.clear();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
