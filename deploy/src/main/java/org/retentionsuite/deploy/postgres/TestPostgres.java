package org.retentionsuite.deploy.postgres;

/** The PostgreSQL server of a test JVM: started once, on first use, and stopped with the JVM. */
public final class TestPostgres {

    private static PostgresServer server;

    private TestPostgres() {
    }

    public static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.fromEnvironment(PostgresTestResource.ENVIRONMENT_PREFIX, System.getenv());
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
        }
        return server;
    }
}
