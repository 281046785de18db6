package org.retentionsuite.deploy.postgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The one Quarkus test resource that gives a service's tests their database. It uses the server
 * named by {@code RETENTION_TEST_DB_URL} (with {@code _USER} and {@code _PASSWORD}) when set, else
 * an embedded PostgreSQL shared by every test of the JVM. Each service tests in its own database,
 * {@code retention_test_<service>}, never in one the local runner uses.
 *
 * <p>Usage: {@code @QuarkusTestResource(value = PostgresTestResource.class,
 * initArgs = @ResourceArg(name = "service", value = "loyalty"))}.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ENVIRONMENT_PREFIX = "RETENTION_TEST_DB";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        String service = initArgs.get("service");
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("PostgresTestResource needs the init arg 'service'");
        }
        database = testDatabaseName(service);
    }

    /** The database a service's tests use: {@code retention_test_<service>}. */
    public static String testDatabaseName(String service) {
        return "retention_test_" + service.replace('-', '_');
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = TestPostgres.server();
        server.ensureDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", server.jdbcUrl(database));
        config.put("quarkus.datasource.username", server.user());
        if (!server.password().isEmpty()) {
            config.put("quarkus.datasource.password", server.password());
        }
        return config;
    }

    @Override
    public void stop() {
        // The server outlives a single Quarkus application: TestPostgres stops it with the JVM.
    }
}
