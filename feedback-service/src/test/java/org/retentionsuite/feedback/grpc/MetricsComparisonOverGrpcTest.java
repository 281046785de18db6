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
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.FeedbackAnalyticsServiceGrpc.FeedbackAnalyticsServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.FeedbackServiceGrpc.FeedbackServiceBlockingStub;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownResponse;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.MetricChange;
import org.retentionsuite.proto.feedback.v1.MetricsBreakdownRow;
import org.retentionsuite.proto.feedback.v1.MetricsDimension;
import org.retentionsuite.proto.feedback.v1.SubmitResponseRequest;
import org.retentionsuite.proto.feedback.v1.Survey;
import org.retentionsuite.proto.feedback.v1.SurveyKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.retentionsuite.feedback.grpc.SurveysOverGrpcTest.fieldViolations;

/** The change between two periods and the breakdowns, read from the rollups and the partial hours at the ends. */
@QuarkusTest
class MetricsComparisonOverGrpcTest {

    @GrpcClient("feedback")
    FeedbackServiceBlockingStub feedback;

    @GrpcClient("feedback")
    FeedbackAnalyticsServiceBlockingStub analytics;

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anNpsRiseIsComparedExactlyAcrossPartialHoursAndFlaggedSignificant() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();
        // Baseline, 10:15-12:45: 4 promoters, 4 passives, 2 detractors at the edges and in whole hours; two outside.
        answer(survey, "2026-01-10T10:10:00Z", 0);
        answerAll(survey, "2026-01-10T10:20:00Z", 9, 10);
        answerAll(survey, "2026-01-10T11:05:00Z", 9, 7, 7, 0);
        answerAll(survey, "2026-01-10T12:30:00Z", 10, 8, 8, 3);
        answer(survey, "2026-01-10T12:45:00Z", 0);
        // Current, February: 8 promoters, 2 passives.
        answerAll(survey, "2026-02-10T09:00:00Z", 9, 9, 9, 9, 10, 10, 10, 10, 7, 8);

        CompareSurveyMetricsResponse comparison = analytics.compareSurveyMetrics(CompareSurveyMetricsRequest.newBuilder()
                .setSurveyId(survey)
                .setBaselineFrom(at("2026-01-10T10:15:00Z")).setBaselineTo(at("2026-01-10T12:45:00Z"))
                .setCurrentFrom(at("2026-02-01T00:00:00Z")).setCurrentTo(at("2026-03-01T00:00:00Z"))
                .build());

        assertEquals(20.0, comparison.getBaseline().getNps().getScore());
        assertEquals(10, comparison.getBaseline().getNps().getN());
        assertEquals(80.0, comparison.getCurrent().getNps().getScore());
        assertEquals(MetricChange.newBuilder().setDifference(60.0).setMarginOfError(52.6).setSignificant(true).build(),
                comparison.getChange());
        assertFalse(comparison.getBaseline().hasResponseRate());
    }

    @Test
    void aCsatRiseOnTenAnswersEachFallsJustShortOfSignificance() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_CSAT).getId();
        answerAll(survey, "2026-03-02T08:00:00Z", 5, 5, 4, 4, 4, 3, 3, 3, 1, 2);
        answerAll(survey, "2026-04-02T08:00:00Z", 5, 5, 5, 5, 4, 4, 4, 4, 4, 3);

        MetricChange change = analytics.compareSurveyMetrics(CompareSurveyMetricsRequest.newBuilder().setSurveyId(survey)
                .setBaselineFrom(at("2026-03-01T00:00:00Z")).setBaselineTo(at("2026-04-01T00:00:00Z"))
                .setCurrentFrom(at("2026-04-01T00:00:00Z")).setCurrentTo(at("2026-05-01T00:00:00Z")).build()).getChange();

        assertEquals(MetricChange.newBuilder().setDifference(40.0).setZ(1.95).setSignificant(false).build(), change);
    }

    @Test
    void scoresAreBrokenDownByLanguageCountryAndInvitationAttribute() {
        Survey draft = feedback.createSurvey(Surveys.draft(SurveyKind.SURVEY_KIND_NPS).putQuestion("de", "Wie war es?").build())
                .getSurvey();
        String survey = feedback.activateSurvey(ActivateSurveyRequest.newBuilder().setSurveyId(draft.getId()).build())
                .getSurvey().getId();
        respond(survey, "de", "DE", Map.of("store", "Berlin"), 10);
        respond(survey, "de", "AT", Map.of("store", "Wien"), 0);
        respond(survey, "en", "", Map.of("store", "Berlin", "segment", "new"), 9);
        respond(survey, "en", "", Map.of(), 6);

        GetSurveyMetricsBreakdownResponse byStore = breakdown(survey, MetricsDimension.METRICS_DIMENSION_ATTRIBUTE, "store");
        GetSurveyMetricsBreakdownResponse byCountry = breakdown(survey, MetricsDimension.METRICS_DIMENSION_COUNTRY, "");
        GetSurveyMetricsBreakdownResponse byLanguage = breakdown(survey, MetricsDimension.METRICS_DIMENSION_LANGUAGE, "");

        assertEquals(List.of("Berlin:2:100.0", "Wien:1:-100.0"), rows(byStore));
        assertEquals(List.of(":2:0.0", "AT:1:-100.0", "DE:1:100.0"), rows(byCountry));
        assertEquals(List.of("de:2:0.0", "en:2:0.0"), rows(byLanguage));
    }

    @Test
    void aBreakdownWithoutDimensionOrAttributeKeyAndAComparisonWithoutPeriodsAreRefused() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();

        StatusRuntimeException noKey = assertThrows(StatusRuntimeException.class,
                () -> breakdown(survey, MetricsDimension.METRICS_DIMENSION_ATTRIBUTE, " "));
        StatusRuntimeException noDimension = assertThrows(StatusRuntimeException.class,
                () -> breakdown(survey, MetricsDimension.METRICS_DIMENSION_UNSPECIFIED, ""));
        StatusRuntimeException noPeriods = assertThrows(StatusRuntimeException.class, () -> analytics.compareSurveyMetrics(
                CompareSurveyMetricsRequest.newBuilder().setSurveyId(survey).setBaselineFrom(at("2026-02-01T00:00:00Z"))
                        .setBaselineTo(at("2026-01-01T00:00:00Z")).build()));

        assertEquals(Map.of("attribute_key", "is required"), fieldViolations(noKey));
        assertEquals(Map.of("dimension", "is required: LANGUAGE, COUNTRY or ATTRIBUTE"), fieldViolations(noDimension));
        assertEquals(Map.of("baseline_to", "is not after baseline_from", "current_from", "is required",
                "current_to", "is required"), fieldViolations(noPeriods));
    }

    @Test
    void anUnknownCountryOrABadAttributeKeyOnAnInvitationIsRefused() {
        String survey = Surveys.active(feedback, SurveyKind.SURVEY_KIND_NPS).getId();

        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> feedback.inviteCustomers(
                InviteCustomersRequest.newBuilder().setSurveyId(survey).addCustomerIds(Surveys.newCustomer())
                        .setCountry("XX").putAttributes("a b", "x").build()));

        assertEquals(Map.of("country", "is not an ISO 3166-1 alpha-2 country code such as \"DE\"",
                "attributes", "key \"a b\" is not 1-100 letters, digits, '_', '.' or '-'"), fieldViolations(refused));
    }

    private void respond(String survey, String language, String country, Map<String, String> attributes, int score) {
        String token = feedback.inviteCustomers(InviteCustomersRequest.newBuilder().setSurveyId(survey)
                .addCustomerIds(Surveys.newCustomer()).setLanguage(language).setCountry(country).putAllAttributes(attributes)
                .build()).getResults(0).getToken();
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(token).setScore(score).build());
    }

    private GetSurveyMetricsBreakdownResponse breakdown(String survey, MetricsDimension dimension, String key) {
        return analytics.getSurveyMetricsBreakdown(GetSurveyMetricsBreakdownRequest.newBuilder().setSurveyId(survey)
                .setDimension(dimension).setAttributeKey(key).build());
    }

    private static List<String> rows(GetSurveyMetricsBreakdownResponse response) {
        return response.getRowsList().stream().map(MetricsComparisonOverGrpcTest::row).toList();
    }

    private static String row(MetricsBreakdownRow row) {
        return row.getValue() + ":" + row.getMetrics().getNps().getN() + ":" + row.getMetrics().getNps().getScore();
    }

    private void answerAll(String survey, String at, int... scores) {
        for (int score : scores) {
            answer(survey, at, score);
        }
    }

    private void answer(String survey, String at, int score) {
        clock.setTo(Instant.parse(at));
        feedback.submitResponse(SubmitResponseRequest.newBuilder().setToken(Surveys.token(feedback, survey))
                .setScore(score).build());
    }

    private static Timestamp at(String instant) {
        Instant parsed = Instant.parse(instant);
        return Timestamp.newBuilder().setSeconds(parsed.getEpochSecond()).build();
    }
}
