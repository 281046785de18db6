package org.retentionsuite.loyalty.bench;

import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.stub.StreamObserver;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.loyalty.v1.CreateProgramRequest;
import org.retentionsuite.proto.loyalty.v1.EnrollMemberRequest;
import org.retentionsuite.proto.loyalty.v1.GetMemberRequest;
import org.retentionsuite.proto.loyalty.v1.LoyaltyServiceGrpc;
import org.retentionsuite.proto.loyalty.v1.RecordPurchaseRequest;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ObjLongConsumer;

/**
 * Load for the loyalty service's speed targets: RecordPurchase at a fixed rate (default 1,000/s)
 * with its p50/p99, a balance read (GetMember) at a fixed rate with its p99, and the service's peak
 * resident memory. Starts the packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a
 * process on the PostgreSQL named by {@code RETENTION_BENCH_DB_URL} (else an embedded one).
 *
 * <p>Run: {@code mvn -pl loyalty-service -Pbenchmark verify} (see the module README). Settings as
 * system properties: {@code bench.rate}, {@code bench.seconds}, {@code bench.readRate}, {@code bench.members}.
 */
public final class LedgerLoadBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int READ_RATE = Integer.getInteger("bench.readRate", 1000);
    private static final int MEMBERS = Integer.getInteger("bench.members", 2000);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmUpSeconds", 60);
    /** Balance reads sent alongside the measured purchases, to see the read's latency under that load. */
    private static final int MIXED_READ_RATE = Integer.getInteger("bench.mixedReadRate", 100);
    private static final int READ_WARM_UP_SECONDS = Integer.getInteger("bench.readWarmUpSeconds", 10);
    private static final String DATABASE = "retention_bench_loyalty";
    /** The service's JVM options: the same as in deploy/ (Kubernetes and the local runner). */
    private static final String SERVICE_JVM = System.getProperty("bench.serviceJvm", "-Xmx160m -Xss512k "
            + "-XX:+UseSerialGC -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=48m");

    private LedgerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PostgresServer postgres = PostgresServer.fromEnvironment("RETENTION_BENCH_DB", System.getenv())) {
            postgres.ensureDatabase(DATABASE);
            int port = freePort();
            Process service = startService(postgres, port);
            try {
                awaitReady(port, service);
                ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext()
                        .directExecutor() // replies are recorded on the transport thread: no hand-off per call
                        .build();
                try {
                    CpuMeter cpu = new CpuMeter(service.pid(), postgres.jdbcUrl(DATABASE), postgres.user(),
                            postgres.password(), DATABASE);
                    MachineTimeline timeline = new MachineTimeline(service.toHandle(), postgres.jdbcUrl(DATABASE), postgres.user(),
                            postgres.password());
                    run(LoyaltyServiceGrpc.newStub(channel), LoyaltyServiceGrpc.newBlockingStub(channel), service, cpu,
                            timeline);
                } finally {
                    channel.shutdownNow();
                }
            } finally {
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly(); // never leave a service behind to load the next run
                }
            }
        }
    }

    private static void run(LoyaltyServiceGrpc.LoyaltyServiceStub async, LoyaltyServiceGrpc.LoyaltyServiceBlockingStub blocking,
            Process service, CpuMeter cpu, MachineTimeline timeline) throws InterruptedException {
        String program = blocking.createProgram(CreateProgramRequest.newBuilder().setName("Benchmark").setCurrencyCode("EUR")
                .setTimeZone("Europe/Amsterdam").setPointsPerCurrencyUnit("1").build()).getProgram().getId();
        for (int i = 0; i < MEMBERS; i++) {
            blocking.enrollMember(EnrollMemberRequest.newBuilder().setProgramId(program).setCustomerId("bench-" + i).build());
        }
        cpu.analyze();
        AtomicLong orders = new AtomicLong();
        ObjLongConsumer<LatencyRecorder> purchase = (recorder, intended) -> purchase(async, program, orders.incrementAndGet(),
                recorder, intended);
        ObjLongConsumer<LatencyRecorder> read = (recorder, intended) -> read(async, program, orders.get(), recorder, intended);

        System.out.printf(Locale.ROOT, "warming up for %d s at %d reads/s, then %d s at %d purchases/s, measured for the"
                + " %d s after them without a pause%n", READ_WARM_UP_SECONDS, READ_RATE, WARM_UP_SECONDS, RATE, SECONDS);
        atFixedRate(READ_RATE, READ_WARM_UP_SECONDS, read); // the read path compiled before it is measured
        // One unbroken stream of purchases: the measured window is its steady state, not its first seconds after a
        // pause (which the phases before the window used to leave: the first second after one had 444 of 30,000
        // purchases over 50 ms).
        FixedRate purchasing = FixedRate.start(RATE, WARM_UP_SECONDS, purchase);
        Thread.sleep(WARM_UP_SECONDS * 500L);
        // Autovacuum would have analysed the tables the warm-up filled many times over (at 50 rows and every tenth
        // more), while the load ran; without it, plans cached while they were empty stay, such as the foreign-key
        // check of purchase.lot_id scanning every lot (0.35 ms per purchase after 17,000 of them).
        cpu.analyze();
        Thread.sleep(WARM_UP_SECONDS * 500L);
        long peakRss = 0;
        MemorySampler sampler = new MemorySampler(service.pid());
        sampler.start();
        double[] cpuBefore = cpu.sample();
        timeline.start();
        FixedRate readsDuringPurchases = FixedRate.start(MIXED_READ_RATE, SECONDS, read);
        LatencyRecorder purchases = purchasing.measureFromNow(RATE * SECONDS + 1000);
        Thread.sleep(SECONDS * 1000L);
        purchasing.stop();
        LatencyRecorder mixedReads = readsDuringPurchases.stop();
        double[] cpuAfter = cpu.sample();
        String secondBySecond = timeline.stop(purchases.slowBySecond(50));
        LatencyRecorder reads = atFixedRate(READ_RATE, Math.max(10, SECONDS / 2), read);
        peakRss = sampler.stop();

        System.out.println();
        System.out.println("| measure | target | measured |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| RecordPurchase sustained | >= 1000/s | %d/s for %d s, %d failed |%n",
                purchases.count() / SECONDS, SECONDS, purchases.failures());
        System.out.printf(Locale.ROOT, "| RecordPurchase p50 / p99 | p99 <= 50 ms | %.1f ms / %.1f ms |%n",
                purchases.percentileMillis(50), purchases.percentileMillis(99));
        System.out.printf(Locale.ROOT, "| GetMember (balance) p50 / p99 at %d/s | p99 <= 5 ms | %.1f ms / %.1f ms, %d failed |%n",
                READ_RATE, reads.percentileMillis(50), reads.percentileMillis(99), reads.failures());
        System.out.printf(Locale.ROOT, "| GetMember p50 / p99 at %d/s during the purchases | p99 <= 5 ms | %.1f ms / %.1f ms,"
                + " %d failed |%n", MIXED_READ_RATE, mixedReads.percentileMillis(50), mixedReads.percentileMillis(99),
                mixedReads.failures());
        System.out.printf(Locale.ROOT, "| service peak resident memory | <= 300 MB | %d MB |%n", peakRss / 1024);
        double committed = Math.max(1, cpuAfter[2] - cpuBefore[2]);
        System.out.printf(Locale.ROOT, "| CPU per committed purchase (the reads during them included): service / its PostgreSQL backends | | %.2f ms / %.2f ms"
                + " (%d committed) |%n", (cpuAfter[0] - cpuBefore[0]) / committed, (cpuAfter[1] - cpuBefore[1]) / committed,
                (long) committed);
        System.out.printf(Locale.ROOT, "| CPU per committed purchase: this load generator / the whole machine | | %.2f ms / %.2f ms"
                + " (machine busy %.0f %% of its %d cores) |%n", (cpuAfter[3] - cpuBefore[3]) / committed,
                (cpuAfter[4] - cpuBefore[4]) / committed,
                100 * (cpuAfter[4] - cpuBefore[4]) / Math.max(1, cpuAfter[5] - cpuBefore[5]),
                Runtime.getRuntime().availableProcessors());
        System.out.println("service JVM: " + SERVICE_JVM);
        System.out.println("seconds with purchases slower than 50 ms: " + purchases.slowSeconds(50));
        System.out.println();
        System.out.println("The measured window second by second (server-wide counters):");
        System.out.print(secondBySecond);
        if (purchases.failures() + reads.failures() + mixedReads.failures() > 0) {
            System.out.println("failed purchases by status: " + purchases.failuresByCode() + ", reads: "
                    + reads.failuresByCode() + ", reads during the purchases: " + mixedReads.failuresByCode());
            System.out.println("first failures: " + purchases.firstFailure() + " / " + reads.firstFailure());
        }
    }

    /** Sends at a fixed rate for the duration (see {@link FixedRate}). */
    private static LatencyRecorder atFixedRate(int perSecond, int seconds, ObjLongConsumer<LatencyRecorder> call)
            throws InterruptedException {
        FixedRate calls = FixedRate.start(perSecond, seconds, call);
        Thread.sleep(seconds * 1000L);
        return calls.stop();
    }

    /**
     * Calls at a fixed rate, evenly spaced: every millisecond, the calls due by then (so 1,000/s is one
     * call per millisecond, not ten at once every ten). Latency counts from each call's intended time.
     */
    private static final class FixedRate {

        private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        private volatile LatencyRecorder recorder;

        private FixedRate(LatencyRecorder recorder) {
            this.recorder = recorder;
        }

        /** The calls sent from now on are recorded apart (the ones before were the warm-up). */
        LatencyRecorder measureFromNow(int capacity) {
            recorder = new LatencyRecorder(capacity);
            return recorder;
        }

        static FixedRate start(int perSecond, int seconds, ObjLongConsumer<LatencyRecorder> call) {
            FixedRate calls = new FixedRate(new LatencyRecorder(perSecond * seconds + 1000));
            long begin = System.nanoTime();
            long[] sent = {0};
            calls.ticker.scheduleAtFixedRate(() -> {
                long due = (System.nanoTime() - begin) * perSecond / 1_000_000_000L + 1;
                for (; sent[0] < due; sent[0]++) {
                    call.accept(calls.recorder, begin + sent[0] * 1_000_000_000L / perSecond);
                }
            }, 0, 1, TimeUnit.MILLISECONDS);
            return calls;
        }

        /** Stops sending and gives the calls' latencies once the last ones had time to answer. */
        LatencyRecorder stop() throws InterruptedException {
            ticker.shutdownNow();
            Thread.sleep(2000); // let the last calls answer
            return recorder;
        }
    }

    private static void purchase(LoyaltyServiceGrpc.LoyaltyServiceStub loyalty, String program, long order,
            LatencyRecorder recorder, long intended) {
        Instant now = Instant.now();
        RecordPurchaseRequest request = RecordPurchaseRequest.newBuilder()
                .setProgramId(program).setCustomerId("bench-" + (order % MEMBERS)).setOrderId("order-" + order)
                .setAmount(Money.newBuilder().setCurrencyCode("EUR").setAmountMinor(1000 + order % 9000))
                .setOccurredAt(Timestamp.newBuilder().setSeconds(now.getEpochSecond()))
                .setIdempotencyKey("key-" + order)
                .build();
        loyalty.withDeadlineAfter(10, TimeUnit.SECONDS).recordPurchase(request, observer(recorder, intended));
    }

    private static void read(LoyaltyServiceGrpc.LoyaltyServiceStub loyalty, String program, long seed,
            LatencyRecorder recorder, long intended) {
        loyalty.withDeadlineAfter(10, TimeUnit.SECONDS).getMember(GetMemberRequest.newBuilder().setProgramId(program)
                .setCustomerId("bench-" + Math.floorMod(seed + intended, MEMBERS)).build(), observer(recorder, intended));
    }

    private static <T> StreamObserver<T> observer(LatencyRecorder recorder, long start) {
        return new StreamObserver<>() {
            @Override
            public void onNext(T value) {
                recorder.record(start, System.nanoTime() - start);
            }

            @Override
            public void onError(Throwable t) {
                recorder.failed(t);
            }

            @Override
            public void onCompleted() {
                // recorded on the reply
            }
        };
    }

    private static Process startService(PostgresServer postgres, int port) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: package the service first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(Arrays.asList(SERVICE_JVM.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/benchmark-service.log").toFile());
        builder.environment().put("LOYALTY_PORT", String.valueOf(port));
        builder.environment().put("LOYALTY_DB_URL", postgres.jdbcUrl(DATABASE));
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        builder.environment().put("LOYALTY_DB_USER", postgres.user());
        builder.environment().put("LOYALTY_DB_PASSWORD", postgres.password());
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        // Nobody listens for activity here: the outbox keeps it, as it would during an outage.
        builder.environment().put("LOYALTY_OUTBOX_EVERY", "off");
        return builder.start();
    }

    private static void awaitReady(int port, Process service) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited; see target/benchmark-service.log");
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready")
                        .toURL().openConnection();
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the service was not ready within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
