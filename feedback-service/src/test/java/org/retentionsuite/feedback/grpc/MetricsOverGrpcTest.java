package org.retentionsuite.feedback.grpc;

import com.google.protobuf.Timestamp;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.feedback.MovableClock;
import org.retentionsuite.proto.feedback.v1.ActivateSurveyRequest;
import org.retentionsuite.proto.feedback.v1.CesMetrics;
import org.retentionsuite.proto.feedback.v1.CesVariant;
import org.retentionsuite.proto.feedback.v1.SurveyDetails;
import org.retentionsuite.proto.feedback.v1.CsatMetrics;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.MetricsBucket;
import org.retentionsuite.proto.feedback.v1.MetricsPeriod;
import org.retentionsuite.proto.feedback.v1.NpsMetrics;
import org.retentionsuite.proto.feedback.v1.ResponseRate;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.SurveyKind;
import org.retentionsuite.proto.feedback.v1.SurveyMetrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

@QuarkusTest
class MetricsOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void withoutResponsesTheScoreIsUnsetBesideNZero() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();

        SurveyMetrics total = metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId)).getTotal();

        assertEquals(SurveyMetrics.newBuilder().setNps(NpsMetrics.getDefaultInstance())
                .setResponseRate(ResponseRate.getDefaultInstance()).build(), total);
        assertFalse(total.getNps().hasScore());
    }

    @Test
    void npsCountsPromotersPassivesAndDetractorsAndTheResponseRateCountsInvitationsAnswered() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        for (int score : new int[] {10, 9, 9, 8, 7, 6, 0}) {
            respond(surveyId, score);
        }
        Surveys.token(feedback, surveyId);

        SurveyMetrics total = metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId)).getTotal();

        // 3/7 promoters - 2/7 detractors = 14.3; variance 5/7 - (1/7)^2 = 0.6939; 1.96 * sqrt(0.6939 / 7) = 61.7 points
        assertEquals(NpsMetrics.newBuilder().setScore(14.3).setN(7).setPromoters(3).setPassives(2).setDetractors(2)
                .setMarginOfError(61.7).build(), total.getNps());
        assertEquals(ResponseRate.newBuilder().setRate(87.5).setCompleted(7).setInvitations(8).build(),
                total.getResponseRate());
        assertFalse(total.hasCsat() || total.hasCes());
    }

    @Test
    void csatAndCesSurveysReportTheirOwnScores() {
        String csat = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        String ces = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CES).getId();
        for (int score : new int[] {5, 4, 3, 2, 1, 5}) {
            respond(csat, score);
        }
        for (int score : new int[] {7, 6, 5, 4, 1}) {
            respond(ces, score);
        }

        assertEquals(CsatMetrics.newBuilder().setScore(50.0).setN(6).setSatisfied(3).setMean(3.3).build(),
                metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(csat)).getTotal().getCsat());
        assertEquals(CesMetrics.newBuilder().setMean(4.6).setN(5).setAgree(3).setPercentAgree(60.0)
                .setVariant(CesVariant.CES_VARIANT_AGREEMENT_7).build(),
                metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(ces)).getTotal().getCes());
    }

    @Test
    void cesOnTheEffortScaleCountsLowEffortAsTheGoodEnd() {
        String effort = feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(feedback.createSurvey(
                Surveys.draft(SurveyKind.SURVEY_KIND_CES).setDetails(SurveyDetails.newBuilder()
                        .setCesVariant(CesVariant.CES_VARIANT_EFFORT_5)).build()).getSurvey().getId()).build())
                .getSurvey().getId();
        for (int score : new int[] {1, 2, 2, 3, 4, 5, 5}) {
            respond(effort, score);
        }

        // mean 22 / 7 = 3.14; low effort (1-2, lower is better) 3 of 7 = 42.9%
        assertEquals(CesMetrics.newBuilder().setMean(3.1).setN(7).setAgree(3).setPercentAgree(42.9)
                .setVariant(CesVariant.CES_VARIANT_EFFORT_5).build(),
                metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(effort)).getTotal().getCes());
    }

    @Test
    void cesOnTheAgreementScaleCountsFiveToSevenAsAgreeing() {
        String agreement = feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(feedback.createSurvey(
                Surveys.draft(SurveyKind.SURVEY_KIND_CES).setDetails(SurveyDetails.newBuilder()
                        .setCesVariant(CesVariant.CES_VARIANT_AGREEMENT_7)).build()).getSurvey().getId()).build())
                .getSurvey().getId();
        for (int score : new int[] {1, 2, 4, 5, 5, 7}) {
            respond(agreement, score);
        }

        // mean 24 / 6 = 4.0; agree (5-7) 3 of 6 = 50%
        assertEquals(CesMetrics.newBuilder().setMean(4.0).setN(6).setAgree(3).setPercentAgree(50.0)
                .setVariant(CesVariant.CES_VARIANT_AGREEMENT_7).build(),
                metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(agreement)).getTotal().getCes());
    }

    @Test
    void dailyBucketsStartAtMidnightInTheRequestedTimeZone() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        // 03:00 UTC on 2 March is still 1 March (22:00) in New York; 06:00 UTC is 2 March there.
        respondAt(surveyId, 10, "2026-03-02T03:00:00Z");
        respondAt(surveyId, 0, "2026-03-02T06:00:00Z");
        respondAt(surveyId, 9, "2026-03-02T07:00:00Z");
        respondAt(surveyId, 8, "2026-03-20T12:00:00Z");

        GetSurveyMetricsResponse newYork = metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId)
                .setFrom(timestamp("2026-03-01T05:00:00Z")).setTo(timestamp("2026-03-03T05:00:00Z"))
                .setBucket(MetricsBucket.METRICS_BUCKET_DAY).setTimeZone("America/New_York"));
        GetSurveyMetricsResponse utc = metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId)
                .setFrom(timestamp("2026-03-01T00:00:00Z")).setTo(timestamp("2026-03-03T00:00:00Z"))
                .setBucket(MetricsBucket.METRICS_BUCKET_DAY));

        assertEquals(3, newYork.getTotal().getNps().getN());
        assertEquals(List.of(
                period("2026-03-01T05:00:00Z", nps(100.0, 1, 1, 0, 0, 0.0)),
                period("2026-03-02T05:00:00Z", nps(0.0, 2, 1, 0, 1, 138.6))), withoutRates(newYork.getBucketsList()));
        assertEquals(List.of(period("2026-03-02T00:00:00Z", nps(33.3, 3, 2, 0, 1, 106.7))),
                withoutRates(utc.getBucketsList()));
    }

    @Test
    void monthlyBucketsFollowTheZonesCalendar() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        // 31 March 23:30 UTC is already 1 April in Amsterdam (UTC+2 in summer time).
        respondAt(surveyId, 5, "2026-03-31T23:30:00Z");
        respondAt(surveyId, 1, "2026-03-15T10:00:00Z");

        List<MetricsPeriod> buckets = metrics(GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId)
                .setBucket(MetricsBucket.METRICS_BUCKET_MONTH).setTimeZone("Europe/Amsterdam")).getBucketsList();

        assertEquals(List.of(timestamp("2026-02-28T23:00:00Z"), timestamp("2026-03-31T22:00:00Z")),
                buckets.stream().map(MetricsPeriod::getStart).toList());
        assertEquals(List.of(0.0, 100.0), buckets.stream().map(b -> b.getMetrics().getCsat().getScore()).toList());
    }

    @Test
    void anUnknownTimeZoneOrAnEmptyRangeIsRefused() {
        String surveyId = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> metrics(
                GetSurveyMetricsRequest.newBuilder().setSurveyId(surveyId).setTimeZone("+02:00")
                        .setFrom(timestamp("2026-03-02T00:00:00Z")).setTo(timestamp("2026-03-01T00:00:00Z"))));

        assertEquals(Map.of("time_zone", "is not an IANA time zone such as \"Europe/Amsterdam\"",
                "to", "is not after from"), fieldViolations(refused));
    }

    private GetSurveyMetricsResponse metrics(GetSurveyMetricsRequest.Builder request) {
        return feedback.getSurveyMetrics(request.build());
    }

    private void respond(String surveyId, int score) {
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(Surveys.token(feedback, surveyId))
                .setScore(score).build());
    }

    private void respondAt(String surveyId, int score, String instant) {
        clock.setTo(Instant.parse(instant));
        respond(surveyId, score);
    }

    private static List<MetricsPeriod> withoutRates(List<MetricsPeriod> buckets) {
        return buckets.stream().map(b -> b.toBuilder().setMetrics(b.getMetrics().toBuilder().clearResponseRate()).build())
                .toList();
    }

    private static MetricsPeriod period(String start, NpsMetrics nps) {
        return MetricsPeriod.newBuilder().setStart(timestamp(start))
                .setMetrics(SurveyMetrics.newBuilder().setNps(nps)).build();
    }

    private static NpsMetrics nps(double score, long n, long promoters, long passives, long detractors, double margin) {
        return NpsMetrics.newBuilder().setScore(score).setN(n).setPromoters(promoters).setPassives(passives)
                .setDetractors(detractors).setMarginOfError(margin).build();
    }

    private static Timestamp timestamp(String instant) {
        return Timestamp.newBuilder().setSeconds(Instant.parse(instant).getEpochSecond()).build();
    }
}
