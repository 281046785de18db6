package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.FeedbackAnalyticsServiceGrpc.FeedbackAnalyticsServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.MetricsBucket;
import org.retentionsuite.proto.feedback.v1.MetricsDimension;
import org.retentionsuite.proto.feedback.v1.NpsMetrics;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyMetrics;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rollup-backed metrics equal a plain count over the response and invitation rows, for ranges
 * with and without partial hours, buckets in zones whose midnights are whole UTC hours and in zones
 * whose midnights are not (+05:30, +05:45, +09:30/+10:30), across a daylight-saving change.
 */
@QuarkusTest
class RollupsMatchResponsesOverGrpcTest {

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu",
        "Australia/Adelaide"};
    private static final String[][] RANGES = {
        {null, null},
        {"2026-03-26T07:13:00Z", "2026-04-03T19:47:31Z"},
        {"2026-03-28T00:00:00Z", "2026-04-02T00:00:00Z"},
        {"2026-03-29T10:05:00Z", "2026-03-29T10:50:00Z"},
        {"2026-03-29T00:30:00Z", "2026-03-30T02:00:00Z"},
    };

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @GrpcClient("feedback")
    FeedbackAnalyticsServiceBlockingStub analytics;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void bucketsTotalsAndResponseRatesEqualTheCountOverTheRows() {
        String survey = surveyWithResponses();
        int compared = 0;
        for (String zone : ZONES) {
            for (MetricsBucket bucket : List.of(MetricsBucket.METRICS_BUCKET_DAY, MetricsBucket.METRICS_BUCKET_WEEK,
                    MetricsBucket.METRICS_BUCKET_MONTH)) {
                for (String[] range : RANGES) {
                    GetSurveyMetricsRequest.Builder request = GetSurveyMetricsRequest.newBuilder().setSurveyId(survey)
                            .setBucket(bucket).setTimeZone(zone);
                    if (range[0] != null) {
                        request.setFrom(timestamp(range[0])).setTo(timestamp(range[1]));
                    }
                    GetSurveyMetricsResponse answer = feedback.getSurveyMetrics(request.build());
                    String what = zone + " " + bucket + " " + range[0] + ".." + range[1];
                    assertEquals(countedOverRows(survey, bucket, zone, range), answered(answer), what);
                    compared += answer.getBucketsCount();
                }
            }
        }
        assertTrue(compared > 250, "buckets compared: " + compared);
    }

    @Test
    void breakdownsEqualTheCountOverTheRows() {
        String survey = surveyWithResponses();
        for (String[] range : RANGES) {
            for (MetricsDimension dimension : List.of(MetricsDimension.METRICS_DIMENSION_LANGUAGE,
                    MetricsDimension.METRICS_DIMENSION_COUNTRY, MetricsDimension.METRICS_DIMENSION_ATTRIBUTE)) {
                GetSurveyMetricsBreakdownRequest.Builder request = GetSurveyMetricsBreakdownRequest.newBuilder()
                        .setSurveyId(survey).setDimension(dimension).setAttributeKey("store");
                if (range[0] != null) {
                    request.setFrom(timestamp(range[0])).setTo(timestamp(range[1]));
                }
                TreeMap<String, String> answered = new TreeMap<>();
                analytics.getSurveyMetricsBreakdown(request.build()).getRowsList()
                        .forEach(row -> answered.put(row.getValue(), nps(row.getMetrics().getNps())));
                assertEquals(breakdownOverRows(survey, dimension, range), answered, dimension + " " + range[0]);
            }
        }
    }

    /**
     * An NPS survey in two languages with 90 invitations over twelve days around Europe's change to
     * summer time (29 March 2026), in two countries and three stores; 70 answered at random minutes
     * (some within the invitation's hour, some days later), one only started.
     */
    private String surveyWithResponses() {
        String survey = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).putQuestion("de", "Wie war es?")
                .build()).getSurvey().getId();
        feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(survey).build());
        Random random = new Random(20260329);
        Instant start = Instant.parse("2026-03-24T00:00:00Z");
        for (int i = 0; i < 90; i++) {
            Instant invitedAt = start.plusSeconds(random.nextInt(12 * 86400));
            clock.setTo(invitedAt);
            String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey)
                    .addCustomerIds(Surveys.newCustomer()).setLanguage(i % 3 == 0 ? "de" : "en")
                    .setCountry(i % 2 == 0 ? "DE" : "NL").putAttributes("store", "store-" + (i % 3))
                    .build()).getResults(0).getToken();
            if (i % 9 == 8) {
                continue;
            }
            clock.setTo(invitedAt.plus(Duration.ofSeconds(random.nextBoolean() ? random.nextInt(3600) : random.nextInt(3 * 86400))));
            SubmitResponseRequest.Builder response = SubmitResponseRequest.newBuilder().setToken(token)
                    .setScore(random.nextInt(11));
            feedback.submitResponse(response.setPartial(i == 4).build());
        }
        clock.reset();
        return survey;
    }

    private static List<String> answered(GetSurveyMetricsResponse answer) {
        List<String> rows = new ArrayList<>();
        rows.add("total " + metrics(answer.getTotal()));
        answer.getBucketsList().forEach(b -> rows.add(Instant.ofEpochSecond(b.getStart().getSeconds()) + " "
                + metrics(b.getMetrics())));
        return rows;
    }

    private static String metrics(SurveyMetrics metrics) {
        return nps(metrics.getNps()) + " rate " + metrics.getResponseRate().getCompleted() + "/"
                + metrics.getResponseRate().getInvitations();
    }

    private static String nps(NpsMetrics nps) {
        return "n " + nps.getN() + " promoters " + nps.getPromoters() + " detractors " + nps.getDetractors();
    }

    /** The same figures by date_trunc over the rows, with no rollup. */
    @Transactional
    List<String> countedOverRows(String survey, MetricsBucket bucket, String zone, String[] range) {
        String unit = bucket.name().substring("METRICS_BUCKET_".length()).toLowerCase();
        String scores = """
                SELECT %s, count(*), count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score <= 6)
                FROM response WHERE survey_id = CAST(:s AS uuid) AND status = 'COMPLETED'
                  AND completed_at >= :from AND completed_at < :to %s""";
        String invitations = """
                SELECT %s, count(*), count(*) FILTER (WHERE used_at IS NOT NULL)
                FROM invitation WHERE survey_id = CAST(:s AS uuid) AND invited_at >= :from AND invited_at < :to %s""";
        String bucketOf = "date_trunc('" + unit + "', %s, '" + zone + "') AS b";
        TreeMap<Instant, long[]> buckets = new TreeMap<>();
        for (Object row : query(scores.formatted(bucketOf.formatted("completed_at"), "GROUP BY b"), survey, range)) {
            Object[] c = (Object[]) row;
            long[] figures = buckets.computeIfAbsent(instant(c[0]), b -> new long[5]);
            figures[0] = number(c[1]);
            figures[1] = number(c[2]);
            figures[2] = number(c[3]);
        }
        for (Object row : query(invitations.formatted(bucketOf.formatted("invited_at"), "GROUP BY b"), survey, range)) {
            Object[] c = (Object[]) row;
            long[] figures = buckets.computeIfAbsent(instant(c[0]), b -> new long[5]);
            figures[3] = number(c[1]);
            figures[4] = number(c[2]);
        }
        Object[] total = (Object[]) query(scores.formatted("1", ""), survey, range).get(0);
        Object[] invited = (Object[]) query(invitations.formatted("1", ""), survey, range).get(0);
        List<String> rows = new ArrayList<>();
        rows.add("total " + line(number(total[1]), number(total[2]), number(total[3]), number(invited[2]), number(invited[1])));
        buckets.forEach((start, f) -> rows.add(start + " " + line(f[0], f[1], f[2], f[4], f[3])));
        return rows;
    }

    @Transactional
    TreeMap<String, String> breakdownOverRows(String survey, MetricsDimension dimension, String[] range) {
        String group = switch (dimension) {
            case METRICS_DIMENSION_LANGUAGE -> "language";
            case METRICS_DIMENSION_COUNTRY -> "coalesce(country, '')";
            default -> "attributes ->> 'store'";
        };
        TreeMap<String, String> rows = new TreeMap<>();
        for (Object row : query("""
                SELECT %s, count(*), count(*) FILTER (WHERE score >= 9), count(*) FILTER (WHERE score <= 6)
                FROM response WHERE survey_id = CAST(:s AS uuid) AND status = 'COMPLETED'
                  AND completed_at >= :from AND completed_at < :to GROUP BY 1""".formatted(group), survey, range)) {
            Object[] c = (Object[]) row;
            rows.put((String) c[0], "n " + number(c[1]) + " promoters " + number(c[2]) + " detractors " + number(c[3]));
        }
        return rows;
    }

    private List<?> query(String sql, String survey, String[] range) {
        Query query = entityManager.createNativeQuery(sql).setParameter("s", survey)
                .setParameter("from", range[0] == null ? Instant.parse("1970-01-01T00:00:00Z") : Instant.parse(range[0]))
                .setParameter("to", range[1] == null ? Instant.parse("9999-01-01T00:00:00Z") : Instant.parse(range[1]));
        return query.getResultList();
    }

    private static String line(long n, long promoters, long detractors, long completed, long invitations) {
        return "n " + n + " promoters " + promoters + " detractors " + detractors + " rate " + completed + "/" + invitations;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static com.google.protobuf.Timestamp timestamp(String instant) {
        return com.google.protobuf.Timestamp.newBuilder().setSeconds(Instant.parse(instant).getEpochSecond()).build();
    }
}
