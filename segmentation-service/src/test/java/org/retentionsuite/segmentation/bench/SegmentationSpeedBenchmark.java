package org.retentionsuite.segmentation.bench;

import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.proto.segmentation.v1.ClvTimeUnit;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.FitClvModelRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.ImportActivityRequest;
import org.retentionsuite.proto.segmentation.v1.ListVipCustomersRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshRfmSnapshotRequest;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskRequest;
import org.retentionsuite.proto.segmentation.v1.SegmentRule;
import org.retentionsuite.proto.segmentation.v1.SegmentServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.SegmentationServiceGrpc.SegmentationServiceBlockingStub;
import org.retentionsuite.proto.segmentation.v1.VipRanking;
import org.retentionsuite.segmentation.domain.clv.BgNbd;
import org.retentionsuite.segmentation.domain.clv.CdnowSummaries;
import org.retentionsuite.segmentation.domain.clv.Estimate;
import org.retentionsuite.segmentation.domain.clv.PurchaseHistory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The segmentation service's speed targets (issue 5): import N customers with M purchases through
 * ImportActivity, then the RFM snapshot, the rule segments, the CLV fit, churn risk for everyone
 * and CLV for everyone, each phase timed, with the service's peak heap; then insights for one
 * customer (p50/p99) against that database, and the BG/NBD fit on the CDNOW summaries.
 *
 * <p>Starts the packaged service ({@code target/quarkus-app/quarkus-run.jar}) with at most 1 GB of
 * heap on the PostgreSQL named by {@code RETENTION_BENCH_DB_URL} (else an embedded one), database
 * {@code retention_bench_segmentation} (or {@code -Dbench.database}), cleaned at start. Run: {@code mvn -pl segmentation-service
 * -am -Pbenchmark verify -Dbench.customers=1000000 -Dbench.transactions=10000000} (module README).
 */
public final class SegmentationSpeedBenchmark {

    private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);
    private static final long TRANSACTIONS = Long.getLong("bench.transactions", 10_000_000L);
    private static final int INSIGHTS_CALLS = Integer.getInteger("bench.insightsCalls", 5000);
    private static final int IMPORT_PARALLELISM = Integer.getInteger("bench.importParallelism", 2);
    /** Two helpers benchmarking at once on one server need a database each ({@code -Dbench.database}). */
    private static final String DATABASE = System.getProperty("bench.database", "retention_bench_segmentation");
    private static final String SERVICE_JVM = System.getProperty("bench.serviceJvm", "-Xmx1g -XX:+UseParallelGC");
    /** Stops after the import (and its per-piece timings): for work on the import alone. */
    private static final boolean IMPORT_ONLY = Boolean.getBoolean("bench.importOnly");
    /** The passes one after the other instead of the independent ones alongside each other (see {@link #pipeline}). */
    private static final boolean SEQUENTIAL = Boolean.getBoolean("bench.sequential");
    /** The import API's limit is 8 MiB per file; the file is cut into pieces a little under it. */
    private static final int PIECE_BYTES = 8 * 1024 * 1024 - 64 * 1024;

    /** Phases in the order they ended (two run at once: see {@link #pipeline}). */
    private final Map<String, String> phases = Collections.synchronizedMap(new LinkedHashMap<>());
    private final AtomicLong phaseMillis = new AtomicLong();
    private long pipelineMillis;

    private SegmentationSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new SegmentationSpeedBenchmark().run();
    }

    private void run() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path csv = Files.createTempFile("segmentation-bench-", ".csv");
        try (PostgresServer postgres = PostgresServer.fromEnvironment("RETENTION_BENCH_DB", System.getenv())) {
            timed("generate the CSV (not in the total)", false, () -> {
                try {
                    PurchaseCsvGenerator.write(csv, CUSTOMERS, TRANSACTIONS, today.minusDays(1));
                    return String.format(Locale.ROOT, "%,d MB", Files.size(csv) / (1024 * 1024));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            postgres.ensureDatabase(DATABASE);
            int port = freePort();
            Process service = startService(postgres, port);
            // Also when the harness is stopped (Ctrl-C), the service it started stops.
            Runtime.getRuntime().addShutdownHook(new Thread(service::destroy));
            ManagedChannel channel = null;
            try {
                awaitReady(port, service);
                channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext()
                        .maxInboundMessageSize(16 * 1024 * 1024).build();
                HeapSampler heap = new HeapSampler(port, service.pid());
                heap.start();
                pipeline(channel, csv, today, new CpuMeter(service.pid(), postgres.jdbcUrl(DATABASE), postgres.user(),
                        postgres.password(), DATABASE));
                heap.stop();
                if (IMPORT_ONLY) {
                    report(heap, null, null);
                    return;
                }
                double[] insights = insights(SegmentationServiceGrpc.newBlockingStub(channel));
                double[] cdnow = cdnowFit();
                report(heap, insights, cdnow);
            } finally {
                if (channel != null) {
                    channel.shutdownNow();
                }
                service.destroy();
                if (!service.waitFor(20, TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private void pipeline(ManagedChannel channel, Path csv, LocalDate today, CpuMeter cpu) {
        SegmentationServiceBlockingStub segmentation = SegmentationServiceGrpc.newBlockingStub(channel);
        SegmentServiceGrpc.SegmentServiceBlockingStub segments = SegmentServiceGrpc.newBlockingStub(channel);
        Map<Long, Long> cpuBefore = cpu.read();
        Map<String, Long> threadsBefore = cpu.readServiceThreads();
        long pipelineStart = System.nanoTime();
        timed("import (ImportActivity, 8 MiB pieces)", true, () -> importFile(segmentation, csv));
        System.out.println("  import " + cpu.between(cpuBefore, cpu.read()));
        System.out.println("  import " + CpuMeter.threadsBetween(threadsBefore, cpu.readServiceThreads()));
        if (IMPORT_ONLY) {
            pipelineMillis = (System.nanoTime() - pipelineStart) / 1_000_000;
            return;
        }
        // What each pass needs: the rule segments here only the activity (their rules read no RFM, CLV or churn field);
        // the CLV fit the RFM snapshot's purchase profile; churn risk and CLV of everyone the fit. Each pass is one
        // statement or one thread at a time, so on two cores the independent ones run alongside each other, as the
        // service's scheduled passes do: the segments from the end of the import, CLV of everyone beside churn risk.
        // -Dbench.sequential=true runs them one after the other.
        ExecutorService alongside = Executors.newCachedThreadPool();
        try {
            Future<?> segmentsDone = start(alongside, () -> timed("rule segments (3 × CreateSegment, members computed)", true, () -> {
                long members = 0;
                members += segments.createSegment(segment("frequent buyers",
                        condition("purchaseCount", "atLeast", 365, "5"))).getSegment().getMemberCount();
                members += segments.createSegment(segment("big spenders",
                        condition("totalSpend", "atLeast", 0, "500"))).getSegment().getMemberCount();
                members += segments.createSegment(segment("lapsed",
                        condition("daysSinceLastPurchase", "greaterThan", 0, "180"))).getSegment().getMemberCount();
                return String.format(Locale.ROOT, "%,d memberships", members);
            }));
            timed("RFM snapshot (RefreshRfmSnapshot)", true, () -> {
                var snapshot = segmentation.refreshRfmSnapshot(RefreshRfmSnapshotRequest.getDefaultInstance());
                return String.format(Locale.ROOT, "%,d customers", snapshot.getCustomerCount());
            });
            timed("CLV fit (FitClvModel, BG/NBD + Gamma-Gamma)", true, () -> {
                var fit = segmentation.fitClvModel(FitClvModelRequest.newBuilder()
                        .setCalibrationEnd(today.minusDays(1).toString()).setTimeUnit(ClvTimeUnit.CLV_TIME_UNIT_WEEK).build())
                        .getFit();
                return String.format(Locale.ROOT, "%,d customers, r=%.3f alpha=%.3f a=%.3f b=%.3f", fit.getCustomerCount(),
                        fit.getBgnbd().getR(), fit.getBgnbd().getAlpha(), fit.getBgnbd().getA(), fit.getBgnbd().getB());
            });
            Future<?> clvDone = start(alongside, () -> timed("CLV of every customer (ListVipCustomers by CLV)", true, () -> {
                var top = segmentation.listVipCustomers(ListVipCustomersRequest.newBuilder()
                        .setRanking(VipRanking.VIP_RANKING_CLV).setLimit(10).build());
                return "top CLV " + top.getCustomers(0).getClv().getAmountMinor() / 100.0;
            }));
            Map<Long, Long> churnCpuBefore = cpu.read();
            timed("churn risk for every customer (ScoreChurnRisk)", true, () -> {
                var scored = segmentation.withDeadlineAfter(30, TimeUnit.MINUTES)
                        .scoreChurnRisk(ScoreChurnRiskRequest.getDefaultInstance());
                return String.format(Locale.ROOT, "%,d scored: %,d low, %,d medium, %,d high", scored.getScoredCount(),
                        scored.getLowCount(), scored.getMediumCount(), scored.getHighCount());
            });
            System.out.println("  churn risk (and CLV of everyone, if it ran beside it) " + cpu.between(churnCpuBefore, cpu.read()));
            segmentsDone.get(); // a pass that fails is reported by timed(), so these only wait
            clvDone.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("waiting for the passes beside the others failed", e);
        } finally {
            alongside.shutdownNow();
        }
        pipelineMillis = (System.nanoTime() - pipelineStart) / 1_000_000;
    }

    /** Runs a pass beside the others, or now and to its end with -Dbench.sequential=true. */
    private static Future<?> start(ExecutorService alongside, Runnable pass) {
        if (SEQUENTIAL) {
            pass.run();
            return CompletableFuture.completedFuture(null);
        }
        return alongside.submit(pass);
    }

    private String importFile(SegmentationServiceBlockingStub segmentation, Path csv) {
        ExecutorService senders = Executors.newFixedThreadPool(IMPORT_PARALLELISM);
        AtomicLong recorded = new AtomicLong();
        List<Future<?>> sent = new ArrayList<>();
        List<String> pieces = Collections.synchronizedList(new ArrayList<>());
        long importStart = System.nanoTime();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            StringBuilder piece = new StringBuilder(PIECE_BYTES + 4096).append(header).append('\n');
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                piece.append(line).append('\n');
                if (piece.length() >= PIECE_BYTES) {
                    sent.add(send(senders, segmentation, piece.toString(), recorded, sent.size() + 1, importStart, pieces));
                    piece.setLength(0);
                    piece.append(header).append('\n');
                    // At most two pieces wait in memory per sender.
                    awaitAllBut(sent, IMPORT_PARALLELISM * 2);
                }
            }
            if (piece.length() > header.length() + 1) {
                sent.add(send(senders, segmentation, piece.toString(), recorded, sent.size() + 1, importStart, pieces));
            }
            awaitAllBut(sent, 0);
            pieces.forEach(System.out::println);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            senders.shutdownNow();
        }
        return String.format(Locale.ROOT, "%,d rows recorded in %d pieces", recorded.get(), sent.size());
    }

    /** Sends one piece; notes when it was sent and answered (seconds since the import started) and its rows. */
    private static Future<?> send(ExecutorService senders, SegmentationServiceBlockingStub segmentation, String csv,
            AtomicLong recorded, int number, long importStart, List<String> pieces) {
        long queued = System.nanoTime();
        return senders.submit(() -> {
            long sentAt = System.nanoTime();
            int rows = segmentation.withDeadlineAfter(10, TimeUnit.MINUTES)
                    .importActivity(ImportActivityRequest.newBuilder().setCsv(csv).build()).getRecordedCount();
            long answered = System.nanoTime();
            recorded.addAndGet(rows);
            pieces.add(String.format(Locale.ROOT, "  piece %d: queued %.1f s, sent %.1f s, answered %.1f s (%.1f s), %,d rows recorded",
                    number, (queued - importStart) / 1e9, (sentAt - importStart) / 1e9, (answered - importStart) / 1e9,
                    (answered - sentAt) / 1e9, rows));
        });
    }

    private static void awaitAllBut(List<Future<?>> sent, int pending) {
        for (int i = 0; i < sent.size() - pending; i++) {
            try {
                sent.get(i).get();
            } catch (Exception e) {
                throw new IllegalStateException("an import piece failed", e);
            }
        }
    }

    /** Insights of random customers, one call at a time after a warm-up: p50, p99, max in ms, and the answers with RFM, CLV and churn risk. */
    private double[] insights(SegmentationServiceBlockingStub segmentation) {
        SplittableRandom random = new SplittableRandom(5);
        Supplier<CustomerInsights> call = () -> segmentation.withDeadlineAfter(10, TimeUnit.SECONDS)
                .getCustomerInsights(GetCustomerInsightsRequest.newBuilder()
                        .setCustomerId("c" + random.nextInt(CUSTOMERS)).build()).getInsights();
        for (int i = 0; i < Math.min(1000, INSIGHTS_CALLS); i++) {
            call.get();
        }
        long[] nanos = new long[INSIGHTS_CALLS];
        int withRfm = 0;
        for (int i = 0; i < INSIGHTS_CALLS; i++) {
            long start = System.nanoTime();
            CustomerInsights insights = call.get();
            nanos[i] = System.nanoTime() - start;
            withRfm += insights.hasRfm() && insights.hasClv() && insights.hasChurnRisk() ? 1 : 0;
        }
        Arrays.sort(nanos);
        return new double[] {percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, withRfm};
    }

    /** The BG/NBD fit (with its standard errors) on the CDNOW unique rows: 3 warm-up fits, then 10 timed; min, median, max ms. */
    private static double[] cdnowFit() {
        List<PurchaseHistory> histories = CdnowSummaries.histories();
        Estimate estimate = null;
        for (int i = 0; i < 3; i++) {
            estimate = BgNbd.fit(histories);
        }
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            estimate = BgNbd.fit(histories);
            nanos[i] = System.nanoTime() - start;
        }
        System.out.println("CDNOW BG/NBD (r, alpha, a, b): " + Arrays.toString(estimate.parameters())
                + ", log-likelihood " + estimate.logLikelihood());
        Arrays.sort(nanos);
        return new double[] {nanos[0] / 1e6, percentile(nanos, 50), nanos[nanos.length - 1] / 1e6};
    }

    private static double percentile(long[] sorted, double percentile) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(index, 0)] / 1e6;
    }

    private void timed(String phase, boolean counts, Supplier<String> work) {
        System.out.printf(Locale.ROOT, "%s ...%n", phase);
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = work.get();
        } catch (RuntimeException failed) {
            // A phase that fails is reported with its time; the next phases still run.
            outcome = "FAILED: " + (failed instanceof io.grpc.StatusRuntimeException status ? status.getStatus() : failed);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (counts) {
            phaseMillis.addAndGet(millis);
        }
        phases.put(phase, String.format(Locale.ROOT, "%,d ms | %s", millis, outcome));
        System.out.printf(Locale.ROOT, "  %,d ms: %s%n", millis, outcome);
    }

    private void report(HeapSampler heap, double[] insights, double[] cdnow) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%,d customers, %,d transactions; service JVM: %s%n", CUSTOMERS, TRANSACTIONS,
                SERVICE_JVM);
        System.out.println("| phase | time | outcome |");
        System.out.println("|---|---|---|");
        phases.forEach((phase, line) -> System.out.println("| " + phase + " | " + line + " |"));
        System.out.printf(Locale.ROOT, "| **import to scores, total** (target <= 120 s) | %,d ms | %s |%n", pipelineMillis,
                SEQUENTIAL ? "one phase after the other" : String.format(Locale.ROOT,
                        "wall time: the rule segments ran alongside the RFM snapshot and the fit, CLV of everyone alongside churn risk (the phases add up to %,d ms)",
                        phaseMillis.get()));
        System.out.printf(Locale.ROOT, "| service peak heap used / resident (target heap <= 1 GB) | %,d MB / %,d MB | |%n",
                heap.peakHeapMb(), heap.peakRssMb());
        if (insights == null) {
            return;
        }
        System.out.printf(Locale.ROOT, "| insights for one customer, %,d calls after warm-up (target p99 <= 20 ms) "
                + "| p50 %.1f ms, p99 %.1f ms, max %.1f ms | %,d with RFM, CLV and churn risk |%n", INSIGHTS_CALLS, insights[0],
                insights[1], insights[2], (long) insights[3]);
        System.out.printf(Locale.ROOT, "| BG/NBD fit on CDNOW incl. standard errors, 10 fits after 3 (target < 1 s) "
                + "| min %.1f ms, median %.1f ms, max %.1f ms | |%n", cdnow[0], cdnow[1], cdnow[2]);
    }

    private static CreateSegmentRequest segment(String name, SegmentRule rule) {
        return CreateSegmentRequest.newBuilder().setName(name).setDescription("benchmark").setRule(rule).build();
    }

    private static SegmentRule condition(String field, String operator, int withinDays, String value) {
        return SegmentRule.newBuilder().setField(field).setOperator(operator).addValues(value).setWithinDays(withinDays)
                .build();
    }

    private static Process startService(PostgresServer postgres, int port) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: package the service first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(SERVICE_JVM.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Path.of("target/benchmark-service.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("SEGMENTATION_PORT", String.valueOf(port));
        environment.put("SEGMENTATION_DB_URL", postgres.jdbcUrl(DATABASE));
        environment.put("SEGMENTATION_DB_USER", postgres.user());
        environment.put("SEGMENTATION_DB_PASSWORD", postgres.password());
        environment.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        environment.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        // The harness runs each pass itself, so that it can time it.
        environment.put("SEGMENTATION_SEGMENT_PASS_EVERY", "off");
        environment.put("SEGMENTATION_RFM_SNAPSHOT_EVERY", "off");
        environment.put("SEGMENTATION_OUTBOX_EVERY", "off");
        environment.put("SEGMENTATION_CLV_REFIT_CRON", "off");
        environment.put("SEGMENTATION_CHURN_SCORING_CRON", "off");
        // A pass over a million customers may outlast the default 60 s transaction timeout on a busy machine:
        // the harness measures how long it takes instead of seeing it rolled back.
        environment.put("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", System.getProperty("bench.transactionTimeout", "10m"));
        return builder.start();
    }

    private static void awaitReady(int port, Process service) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
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
        throw new IllegalStateException("the service was not ready within 120 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
