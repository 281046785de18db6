package org.retentionsuite.gateway.bench;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberResponse;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the gateway adds to a read: the member (with its balance) read through the gateway's REST API
 * ({@code GET /api/v1/programs/{p}/members/{c}}) against the same read over the loyalty service's gRPC
 * ({@code GetMember}), both at a fixed rate (default 500/s), latency from the intended send time. Starts
 * the packaged loyalty service and the packaged gateway as processes, on the PostgreSQL named by
 * {@code RETENTION_BENCH_DB_URL} (else an embedded one).
 *
 * <p>Run: {@code mvn -B -pl gateway -am -Pbenchmark -DskipTests -Dexec.skip=true verify} (see the README).
 * Settings as system properties: {@code bench.rate}, {@code bench.seconds}, {@code bench.warmUpSeconds},
 * {@code bench.members}.
 */
public final class GatewayOverheadBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 500);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 60);
    private static final int MEMBERS = Integer.getInteger("bench.members", 1000);
    private static final String DATABASE = "retention_bench_gateway";
    private static final String API_KEY = "bench-admin-key";
    /** Both processes get the JVM options deploy/ gives them. */
    private static final List<String> JVM = List.of("-Xmx160m", "-Xss512k", "-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=48m", "-XX:MaxDirectMemorySize=48m");

    private GatewayOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("retention.suite.root", "..")).toAbsolutePath().normalize();
        Path logs = root.resolve("gateway/target");
        try (PostgresServer postgres = PostgresServer.fromEnvironment("RETENTION_BENCH_DB", System.getenv())) {
            postgres.ensureDatabase(DATABASE);
            int loyaltyPort = freePort();
            int gatewayPort = freePort();
            List<Process> processes = new ArrayList<>();
            try {
                processes.add(start(root.resolve("loyalty-service/target/quarkus-app/quarkus-run.jar"),
                        logs.resolve("benchmark-loyalty.log"), Map.of("LOYALTY_PORT", String.valueOf(loyaltyPort),
                                "LOYALTY_DB_URL", postgres.jdbcUrl(DATABASE), "LOYALTY_DB_USER", postgres.user(),
                                "LOYALTY_DB_PASSWORD", postgres.password(), "QUARKUS_FLYWAY_CLEAN_DISABLED", "false",
                                "QUARKUS_FLYWAY_CLEAN_AT_START", "true", "LOYALTY_OUTBOX_EVERY", "off")));
                processes.add(start(root.resolve("gateway/target/quarkus-app/quarkus-run.jar"),
                        logs.resolve("benchmark-gateway.log"), Map.of("GATEWAY_PORT", String.valueOf(gatewayPort),
                                "GATEWAY_MANAGEMENT_PORT", String.valueOf(freePort()),
                                "LOYALTY_GRPC_HOST", "localhost", "LOYALTY_GRPC_PORT", String.valueOf(loyaltyPort),
                                "RETENTION_ADMIN_API_KEY", API_KEY,
                                // The benchmark measures the gateway's path, not its rate limit.
                                "RETENTION_RATE_ADMIN", "1000000", "RETENTION_BURST_ADMIN", "1000000")));
                awaitReady("loyalty", "http://localhost:" + loyaltyPort + "/q/health/ready", processes.get(0));
                awaitReady("gateway", "http://localhost:" + gatewayPort + "/problems", processes.get(1));
                ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", loyaltyPort).usePlaintext()
                        // answers are handled on the transport's threads, as the Vert.x HTTP client's are
                        .directExecutor().build();
                try {
                    run(channel, gatewayPort, processes.get(1).toHandle(), processes.get(0).toHandle());
                } finally {
                    channel.shutdownNow();
                }
            } finally {
                for (Process process : processes) {
                    process.destroy();
                    process.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static void run(ManagedChannel channel, int gatewayPort, ProcessHandle gateway, ProcessHandle loyalty)
            throws InterruptedException {
        LoyaltyServiceGrpc.LoyaltyServiceBlockingStub blocking = LoyaltyServiceGrpc.newBlockingStub(channel);
        LoyaltyServiceGrpc.LoyaltyServiceStub async = LoyaltyServiceGrpc.newStub(channel);
        String program = blocking.createProgram(CreateProgramRequest.newBuilder().setName("Benchmark").setCurrencyCode("EUR")
                .setTimeZone("Europe/Amsterdam").setPointsPerCurrencyUnit("1").build()).getProgram().getId();
        for (int i = 0; i < MEMBERS; i++) {
            blocking.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("bench-" + i).build());
        }
        // A lean HTTP/1.1 keep-alive client (Vert.x, one event loop): the load generator shares the two cores.
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost")
                .setDefaultPort(gatewayPort).setKeepAlive(true), new PoolOptions().setHttp1MaxSize(256));
        AtomicLong sequence = new AtomicLong();
        String base = "/api/v1/programs/" + program + "/members/bench-";
        Supplier<CompletableFuture<?>> rest = () -> http.request(new RequestOptions().setMethod(HttpMethod.GET)
                        .setURI(base + sequence.incrementAndGet() % MEMBERS).setTimeout(10_000)
                        .addHeader("Authorization", "Bearer " + API_KEY).addHeader("Accept", "application/json"))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + ": " + body);
                    }
                    return body;
                }))
                .toCompletionStage().toCompletableFuture();
        Supplier<CompletableFuture<?>> grpc = () -> {
            CompletableFuture<GetMemberResponse> answer = new CompletableFuture<>();
            async.withDeadlineAfter(10, TimeUnit.SECONDS).getMember(GetMemberRequest.newBuilder().setProgramId(program)
                    .setCustomerId("bench-" + sequence.incrementAndGet() % MEMBERS).build(), completing(answer));
            return answer;
        };

        System.out.printf(Locale.ROOT, "warming up for %d s at %d reads/s on each path%n", WARM_UP_SECONDS, RATE);
        OpenLoopLatencies.run(RATE, WARM_UP_SECONDS, rest);
        OpenLoopLatencies.run(RATE, WARM_UP_SECONDS, grpc);
        // Two rounds each, alternating, so that a change of the machine's load touches both paths alike.
        int half = Math.max(1, SECONDS / 2);
        ProcessCpu restCpu = new ProcessCpu(List.of(gateway, loyalty, ProcessHandle.current()));
        ProcessCpu grpcCpu = new ProcessCpu(List.of(loyalty, ProcessHandle.current()));
        OpenLoopLatencies restFirst = restCpu.measure(() -> OpenLoopLatencies.run(RATE, half, rest));
        OpenLoopLatencies grpcFirst = grpcCpu.measure(() -> OpenLoopLatencies.run(RATE, half, grpc));
        OpenLoopLatencies restSecond = restCpu.measure(() -> OpenLoopLatencies.run(RATE, half, rest));
        OpenLoopLatencies grpcSecond = grpcCpu.measure(() -> OpenLoopLatencies.run(RATE, half, grpc));
        OpenLoopLatencies viaGateway = OpenLoopLatencies.merge(restFirst, restSecond);
        OpenLoopLatencies direct = OpenLoopLatencies.merge(grpcFirst, grpcSecond);

        double added = viaGateway.percentileMillis(50) - direct.percentileMillis(50);
        System.out.println();
        System.out.printf(Locale.ROOT, "member read at %d/s, %d s per path, %d members%n", RATE, 2 * half, MEMBERS);
        System.out.println("| path | calls | failed | p50 | p99 |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| gateway REST GET member | %d | %d | %.2f ms | %.2f ms |%n", viaGateway.count(),
                viaGateway.failures(), viaGateway.percentileMillis(50), viaGateway.percentileMillis(99));
        System.out.printf(Locale.ROOT, "| loyalty gRPC GetMember | %d | %d | %.2f ms | %.2f ms |%n", direct.count(),
                direct.failures(), direct.percentileMillis(50), direct.percentileMillis(99));
        System.out.printf(Locale.ROOT, "gateway adds at the median: %.2f ms (target <= 2 ms: %s); at p99: %.2f ms%n", added,
                added <= 2.0 ? "met" : "NOT met", viaGateway.percentileMillis(99) - direct.percentileMillis(99));
        System.out.println("CPU per call via the gateway: " + restCpu.perCall(List.of("gateway", "loyalty", "load generator")));
        System.out.println("CPU per call direct: " + grpcCpu.perCall(List.of("loyalty", "load generator")));
        if (viaGateway.failures() + direct.failures() > 0) {
            System.out.println("first failures: " + viaGateway.firstFailure() + " / " + direct.firstFailure());
        }
        vertx.close();
    }

    private static <T> StreamObserver<T> completing(CompletableFuture<T> answer) {
        return new StreamObserver<>() {
            @Override
            public void onNext(T value) {
                answer.complete(value);
            }

            @Override
            public void onError(Throwable failure) {
                answer.completeExceptionally(failure);
            }

            @Override
            public void onCompleted() {
                // completed on the reply
            }
        };
    }

    private static Process start(Path jar, Path log, Map<String, String> environment) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package it first (the benchmark command does)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM);
        if (jar.toString().contains("gateway")) {
            command.addAll(Arrays.asList(System.getProperty("bench.gatewayJvm", "").split(" +")).stream()
                    .filter(option -> !option.isBlank()).toList());
        }
        command.addAll(Arrays.asList("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitReady(String name, String url, Process process) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the " + name + " process exited; see gateway/target/benchmark-" + name + ".log");
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the " + name + " process was not ready within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
