package org.retentionsuite.gateway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service started from its packaged {@code quarkus-run.jar} as a process of its own. */
public final class ServiceProcess {

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.log = log;
    }

    public int port() {
        return port;
    }

    /** Starts the process; {@code extraEnvironment} adds to the service's configuration for this start only. */
    void start(Map<String, String> extraEnvironment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: run `mvn verify` from the repository root, "
                    + "which packages the services before the gateway's tests run");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().putAll(extraEnvironment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the " + name + " service", e);
        }
    }

    /** Restarts a stopped service on the same port and database, keeping its data. */
    public void restart() {
        start(Map.of());
        awaitReady(Duration.ofSeconds(90));
    }

    /** Waits until {@code /q/health/ready} answers 200; fails with the end of the log if the process dies. */
    void awaitReady(Duration timeout) {
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " service exited with " + process.exitValue() + ":\n" + logTail());
            }
            if (isReady()) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("the " + name + " service was not ready within " + timeout + ":\n" + logTail());
    }

    /** Stops the service as Kubernetes would: SIGTERM, then a hard kill if it lingers. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private boolean isReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready")
                    .toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
