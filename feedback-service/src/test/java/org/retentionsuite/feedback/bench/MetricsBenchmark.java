package org.retentionsuite.feedback.bench;

import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.retentionsuite.deploy.postgres.PostgresServer;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.CreateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackAnalyticsServiceGrpc;
import org.retentionsuite.proto.feedback.v1.FeedbackAnalyticsServiceGrpc.FeedbackAnalyticsServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.MetricsBucket;
import org.retentionsuite.proto.feedback.v1.MetricsDimension;
import org.retentionsuite.proto.feedback.v1.SurveyKind;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The metrics target: at a million responses on one survey every metrics query answers within
 * 300 ms. Starts the packaged service ({@code target/quarkus-app/quarkus-run.jar}) on the PostgreSQL
 * named by {@code RETENTION_BENCH_DB_URL} (else an embedded one), loads {@code bench.responses}
 * invitations and responses over a year with generate_series in SQL (and their hourly rollups, as
 * the service maintains them with each response), then times each metrics call over gRPC.
 *
 * <p>Run: {@code mvn -pl feedback-service -am -Pbenchmark verify} (see the module README).
 */
public final class MetricsBenchmark {

    private static final int RESPONSES = Integer.getInteger("bench.responses", 1_000_000);
    private static final int RUNS = Integer.getInteger("bench.runs", 10);
    private static final String DATABASE = "retention_bench_feedback";
    private static final Instant END = Instant.parse("2026-01-01T00:00:00Z");

    private static final String[] ROLLUPS = {
        """
        INSERT INTO response_rollup (survey_id, hour, language, country, score, n)
        SELECT survey_id, date_trunc('hour', completed_at, 'UTC'), language, coalesce(country, ''), score, count(*)
        FROM response GROUP BY 1, 2, 3, 4, 5""",
        """
        INSERT INTO response_day_rollup (survey_id, day, language, country, score, n)
        SELECT survey_id, date_trunc('day', completed_at, 'UTC'), language, coalesce(country, ''), score, count(*)
        FROM response GROUP BY 1, 2, 3, 4, 5""",
        """
        INSERT INTO response_attribute_rollup (survey_id, key, hour, value, score, n)
        SELECT r.survey_id, a.key, date_trunc('hour', r.completed_at, 'UTC'), a.value, r.score, count(*)
        FROM response r, jsonb_each_text(r.attributes) a GROUP BY 1, 2, 3, 4, 5""",
        """
        INSERT INTO response_attribute_day_rollup (survey_id, key, day, value, score, n)
        SELECT r.survey_id, a.key, date_trunc('day', r.completed_at, 'UTC'), a.value, r.score, count(*)
        FROM response r, jsonb_each_text(r.attributes) a GROUP BY 1, 2, 3, 4, 5""",
        """
        INSERT INTO score_hour_rollup (survey_id, hour, n, score_sum, score_0, score_1, score_2, score_3, score_4, score_5,
                                       score_6, score_7, score_8, score_9, score_10)
        SELECT survey_id, date_trunc('hour', completed_at, 'UTC'), count(*), sum(score),
               count(*) FILTER (WHERE score = 0), count(*) FILTER (WHERE score = 1), count(*) FILTER (WHERE score = 2),
               count(*) FILTER (WHERE score = 3), count(*) FILTER (WHERE score = 4), count(*) FILTER (WHERE score = 5),
               count(*) FILTER (WHERE score = 6), count(*) FILTER (WHERE score = 7), count(*) FILTER (WHERE score = 8),
               count(*) FILTER (WHERE score = 9), count(*) FILTER (WHERE score = 10)
        FROM response GROUP BY 1, 2""",
        """
        INSERT INTO score_day_rollup (survey_id, day, score, n)
        SELECT survey_id, date_trunc('day', completed_at, 'UTC'), score, count(*) FROM response GROUP BY 1, 2, 3""",
        """
        INSERT INTO invitation_rollup (survey_id, hour, invited, answered)
        SELECT survey_id, date_trunc('hour', invited_at, 'UTC'), count(*), count(*) FILTER (WHERE used_at IS NOT NULL)
        FROM invitation GROUP BY 1, 2"""
    };

    private MetricsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (PostgresServer postgres = PostgresServer.fromEnvironment("RETENTION_BENCH_DB", System.getenv())) {
            postgres.ensureDatabase(DATABASE);
            int port = freePort();
            Process service = startService(postgres, port);
            try {
                awaitReady(port, service);
                ManagedChannel channel = ManagedChannelBuilder.forAddress("localhost", port).usePlaintext().build();
                try {
                    run(postgres, FeedbackServiceGrpc.newBlockingStub(channel), FeedbackAnalyticsServiceGrpc.newBlockingStub(channel));
                } finally {
                    channel.shutdownNow();
                }
            } finally {
                service.destroy();
                service.waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static void run(PostgresServer postgres, FeedbackServiceBlockingStub feedback,
            FeedbackAnalyticsServiceBlockingStub analytics) throws SQLException {
        String survey = feedback.createSurvey(CreateSurveyRequest.newBuilder().setName("Benchmark").setKind(SurveyKind.SURVEY_KIND_NPS)
                .setDefaultLanguage("en").putQuestion("en", "Would you recommend us?").build()).getSurvey().getId();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey).build());
        long started = System.nanoTime();
        load(postgres, survey);
        System.out.printf(Locale.ROOT, "loaded %,d responses in %.1f s%n", RESPONSES, (System.nanoTime() - started) / 1e9);

        Timestamp yearAgo = at(END.minusSeconds(365L * 86400));
        Timestamp monthAgo = at(END.minusSeconds(30L * 86400));
        Timestamp quarterAgo = at(END.minusSeconds(91L * 86400));
        Timestamp halfYearAgo = at(END.minusSeconds(182L * 86400));
        Timestamp end = at(END);
        System.out.println();
        System.out.println("| query (1 survey, " + String.format(Locale.ROOT, "%,d", RESPONSES) + " responses) | median | max |");
        System.out.println("|---|---|---|");
        time("GetSurveyMetrics, totals of the whole range", () -> feedback.getSurveyMetrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(survey).build()));
        time("GetSurveyMetrics, daily buckets over 30 days, Europe/Berlin", () -> feedback.getSurveyMetrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(survey).setFrom(monthAgo).setTo(end)
                        .setBucket(MetricsBucket.METRICS_BUCKET_DAY).setTimeZone("Europe/Berlin").build()));
        time("GetSurveyMetrics, weekly buckets over the year, America/New_York", () -> feedback.getSurveyMetrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(survey).setFrom(yearAgo).setTo(end)
                        .setBucket(MetricsBucket.METRICS_BUCKET_WEEK).setTimeZone("America/New_York").build()));
        time("GetSurveyMetrics, monthly buckets of the whole range, UTC", () -> feedback.getSurveyMetrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(survey).setBucket(MetricsBucket.METRICS_BUCKET_MONTH).build()));
        time("GetSurveyMetrics, daily buckets over 30 days, Asia/Kolkata (+05:30: split hours from the responses)", () -> feedback.getSurveyMetrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(survey).setFrom(monthAgo).setTo(end)
                        .setBucket(MetricsBucket.METRICS_BUCKET_DAY).setTimeZone("Asia/Kolkata").build()));
        time("CompareSurveyMetrics, two quarters (partial hours at the ends)", () -> analytics.compareSurveyMetrics(
                CompareSurveyMetricsRequest.newBuilder().setSurveyId(survey)
                        .setBaselineFrom(plus(halfYearAgo, 1234)).setBaselineTo(plus(quarterAgo, 1234))
                        .setCurrentFrom(plus(quarterAgo, 1234)).setCurrentTo(end).build()));
        time("GetSurveyMetricsBreakdown by language", () -> analytics.getSurveyMetricsBreakdown(breakdown(survey,
                MetricsDimension.METRICS_DIMENSION_LANGUAGE, "")));
        time("GetSurveyMetricsBreakdown by country", () -> analytics.getSurveyMetricsBreakdown(breakdown(survey,
                MetricsDimension.METRICS_DIMENSION_COUNTRY, "")));
        time("GetSurveyMetricsBreakdown by attribute \"store\"", () -> analytics.getSurveyMetricsBreakdown(breakdown(survey,
                MetricsDimension.METRICS_DIMENSION_ATTRIBUTE, "store")));
    }

    /** A year of invitations and responses, one every ~31 s, in four languages and countries and 20 stores. */
    private static void load(PostgresServer postgres, String survey) throws SQLException {
        long spacingMicros = 365L * 86400 * 1_000_000 / RESPONSES;
        String series = "generate_series(CAST(1 AS bigint), " + RESPONSES + ") AS i";
        String at = "(TIMESTAMPTZ '" + END + "' - make_interval(secs => (i * " + spacingMicros + ") / 1e6))";
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password());
                Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO invitation (id, survey_id, customer_id, language, token_hash, invited_at, expires_at, used_at,
                                            country, attributes)
                    SELECT md5('inv' || i)::uuid, '%s', 'bench-' || i, (ARRAY['en','de','fr','nl'])[CAST(1 + i %% 4 AS int)],
                           decode(md5('token' || i), 'hex'), %s, %s + INTERVAL '14 days', %s,
                           (ARRAY['NL','DE','FR','BE'])[CAST(1 + i %% 4 AS int)], jsonb_build_object('store', 'store-' || (i %% 20))
                    FROM %s""".formatted(survey, at, at, at, series));
            sql.execute("""
                    INSERT INTO response (id, survey_id, invitation_id, survey_version, customer_id, language, channel, score,
                                          started_at, completed_at, status, country, attributes)
                    SELECT md5('resp' || i)::uuid, '%s', md5('inv' || i)::uuid, 1, 'bench-' || i,
                           (ARRAY['en','de','fr','nl'])[CAST(1 + i %% 4 AS int)], 'WEB', (i * 7919) %% 11, %s, %s, 'COMPLETED',
                           (ARRAY['NL','DE','FR','BE'])[CAST(1 + i %% 4 AS int)], jsonb_build_object('store', 'store-' || (i %% 20))
                    FROM %s""".formatted(survey, at, at, series));
            // The rollups as the service keeps them with each invitation and response (RollupRepository).
            for (String rollup : ROLLUPS) {
                sql.execute(rollup);
            }
            for (String table : new String[] {"invitation", "response", "response_rollup", "response_attribute_rollup",
                    "score_hour_rollup", "score_day_rollup", "response_day_rollup", "response_attribute_day_rollup",
                    "invitation_rollup"}) {
                sql.execute("VACUUM ANALYZE " + table);
            }
        }
    }

    private static GetSurveyMetricsBreakdownRequest breakdown(String survey, MetricsDimension dimension, String key) {
        return GetSurveyMetricsBreakdownRequest.newBuilder().setSurveyId(survey).setDimension(dimension).setAttributeKey(key).build();
    }

    /** Three warm-up calls, then {@code bench.runs} timed ones. */
    private static void time(String name, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms |%n", name, millis[RUNS / 2], millis[RUNS - 1]);
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).build();
    }

    private static Timestamp plus(Timestamp timestamp, long seconds) {
        return Timestamp.newBuilder().setSeconds(timestamp.getSeconds() + seconds).build();
    }

    private static Process startService(PostgresServer postgres, int port) throws IOException {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: package the service first");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, System.getProperty("bench.serviceJvm", "-Xmx256m"), "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/benchmark-service.log").toFile());
        builder.environment().put("FEEDBACK_PORT", String.valueOf(port));
        builder.environment().put("FEEDBACK_DB_URL", postgres.jdbcUrl(DATABASE));
        builder.environment().put("FEEDBACK_DB_USER", postgres.user());
        builder.environment().put("FEEDBACK_DB_PASSWORD", postgres.password());
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        // Nobody listens for incentives or signals here: the outbox keeps them, as during an outage.
        builder.environment().put("FEEDBACK_OUTBOX_EVERY", "off");
        return builder.start();
    }

    private static void awaitReady(int port, Process service) throws InterruptedException {
        for (int i = 0; i < 900; i++) {
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
        throw new IllegalStateException("the service was not ready within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
