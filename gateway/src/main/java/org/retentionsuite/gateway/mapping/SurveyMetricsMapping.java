package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.SurveyMetricsView;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.MetricsBucket;
import org.retentionsuite.proto.feedback.v1.SurveyMetrics;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/**
 * The query of {@code GET /surveys/{surveyId}/metrics} and its document. {@code from} and {@code to}
 * are instants, or dates in {@code timeZone}: {@code from} at the start of its day, {@code to} at the
 * end of its day, so that {@code from=2026-03-01&to=2026-03-31} is March.
 */
@ApplicationScoped
public class SurveyMetricsMapping {

    private static final String DATE_OR_INSTANT = "is not an ISO 8601 date or instant such as 2026-03-01 or 2026-03-01T00:00:00Z";

    public GetSurveyMetricsRequest toRequest(String surveyId, String from, String to, String bucket, String timeZone) {
        ZoneId zone = zone(timeZone);
        GetSurveyMetricsRequest.Builder request = GetSurveyMetricsRequest.newBuilder()
                .setSurveyId(surveyId)
                .setTimeZone(zone.getId())
                .setBucket(bucket(bucket));
        if (from != null && !from.isBlank()) {
            request.setFrom(toTimestamp(instant("from", from, zone, false)));
        }
        if (to != null && !to.isBlank()) {
            request.setTo(toTimestamp(instant("to", to, zone, true)));
        }
        return request.build();
    }

    public SurveyMetricsView toView(GetSurveyMetricsResponse response, String timeZone) {
        ZoneId zone = zone(timeZone);
        SurveyMetrics total = response.getTotal();
        return new SurveyMetricsView(nps(total), csat(total), ces(total), rate(total),
                response.getBucketsList().stream().map(bucket -> new SurveyMetricsView.Bucket(
                        OffsetDateTime.ofInstant(toInstant(true, bucket.getStart()), zone),
                        nps(bucket.getMetrics()), csat(bucket.getMetrics()), ces(bucket.getMetrics()),
                        rate(bucket.getMetrics()))).toList());
    }

    static SurveyMetricsView.Nps nps(SurveyMetrics metrics) {
        if (!metrics.hasNps()) {
            return null;
        }
        var nps = metrics.getNps();
        return new SurveyMetricsView.Nps(nps.hasScore() ? nps.getScore() : null, nps.getN(), nps.getPromoters(),
                nps.getPassives(), nps.getDetractors(), nps.hasMarginOfError() ? nps.getMarginOfError() : null);
    }

    static SurveyMetricsView.Csat csat(SurveyMetrics metrics) {
        if (!metrics.hasCsat()) {
            return null;
        }
        var csat = metrics.getCsat();
        return new SurveyMetricsView.Csat(csat.hasScore() ? csat.getScore() : null, csat.getN(), csat.getSatisfied(),
                csat.hasMean() ? csat.getMean() : null);
    }

    static SurveyMetricsView.Ces ces(SurveyMetrics metrics) {
        if (!metrics.hasCes()) {
            return null;
        }
        var ces = metrics.getCes();
        return new SurveyMetricsView.Ces(ces.hasMean() ? ces.getMean() : null, ces.getN(), ces.getAgree(),
                ces.hasPercentAgree() ? ces.getPercentAgree() : null,
                ces.getVariant() == org.retentionsuite.proto.feedback.v1.CesVariant.CES_VARIANT_EFFORT_5
                        ? org.retentionsuite.gateway.api.CesVariant.EFFORT_5 : org.retentionsuite.gateway.api.CesVariant.AGREEMENT_7);
    }

    private static SurveyMetricsView.ResponseRate rate(SurveyMetrics metrics) {
        var rate = metrics.getResponseRate();
        return new SurveyMetricsView.ResponseRate(rate.hasRate() ? rate.getRate() : null, rate.getCompleted(),
                rate.getInvitations());
    }

    /** Region ids only (as the feedback service): an offset would not say where summer time starts. */
    static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("UTC");
        }
        if (!ZoneId.getAvailableZoneIds().contains(timeZone.strip())) {
            throw new InvalidFieldException("timeZone", "is not an IANA time zone such as \"Europe/Amsterdam\"");
        }
        return ZoneId.of(timeZone.strip());
    }

    private static MetricsBucket bucket(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return MetricsBucket.METRICS_BUCKET_UNSPECIFIED;
        }
        return switch (bucket.strip().toUpperCase(Locale.ROOT)) {
            case "DAY" -> MetricsBucket.METRICS_BUCKET_DAY;
            case "WEEK" -> MetricsBucket.METRICS_BUCKET_WEEK;
            case "MONTH" -> MetricsBucket.METRICS_BUCKET_MONTH;
            default -> throw new InvalidFieldException("bucket", "must be one of DAY, WEEK, MONTH");
        };
    }

    static Instant instant(String field, String value, ZoneId zone, boolean endOfDay) {
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, DATE_OR_INSTANT);
        }
    }
}
