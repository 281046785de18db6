package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.MetricsBreakdownView;
import org.retentionsuite.gateway.api.MetricsComparisonView;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownResponse;
import org.retentionsuite.proto.feedback.v1.MetricChange;
import org.retentionsuite.proto.feedback.v1.MetricsDimension;
import org.retentionsuite.proto.feedback.v1.SurveyMetrics;

import java.time.ZoneId;
import java.util.Locale;

import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/**
 * The queries of the comparison and breakdown of a survey's metrics and their documents. Dates
 * read as in {@link SurveyMetricsMapping}: a date in {@code timeZone} from its start, a {@code to}
 * date to its end.
 */
@ApplicationScoped
public class SurveyAnalyticsMapping {

    public CompareSurveyMetricsRequest toComparisonRequest(String surveyId, String baselineFrom, String baselineTo, String from,
            String to, String timeZone) {
        ZoneId zone = SurveyMetricsMapping.zone(timeZone);
        CompareSurveyMetricsRequest.Builder request = CompareSurveyMetricsRequest.newBuilder().setSurveyId(surveyId);
        if (present(baselineFrom)) {
            request.setBaselineFrom(toTimestamp(SurveyMetricsMapping.instant("baselineFrom", baselineFrom, zone, false)));
        }
        if (present(baselineTo)) {
            request.setBaselineTo(toTimestamp(SurveyMetricsMapping.instant("baselineTo", baselineTo, zone, true)));
        }
        if (present(from)) {
            request.setCurrentFrom(toTimestamp(SurveyMetricsMapping.instant("from", from, zone, false)));
        }
        if (present(to)) {
            request.setCurrentTo(toTimestamp(SurveyMetricsMapping.instant("to", to, zone, true)));
        }
        return request.build();
    }

    public GetSurveyMetricsBreakdownRequest toBreakdownRequest(String surveyId, String by, String attribute, String from, String to,
            String timeZone) {
        ZoneId zone = SurveyMetricsMapping.zone(timeZone);
        GetSurveyMetricsBreakdownRequest.Builder request = GetSurveyMetricsBreakdownRequest.newBuilder()
                .setSurveyId(surveyId)
                .setDimension(dimension(by))
                .setAttributeKey(attribute == null ? "" : attribute);
        if (present(from)) {
            request.setFrom(toTimestamp(SurveyMetricsMapping.instant("from", from, zone, false)));
        }
        if (present(to)) {
            request.setTo(toTimestamp(SurveyMetricsMapping.instant("to", to, zone, true)));
        }
        return request.build();
    }

    public MetricsComparisonView toView(CompareSurveyMetricsResponse response) {
        MetricChange change = response.getChange();
        return new MetricsComparisonView(scores(response.getBaseline()), scores(response.getCurrent()),
                new MetricsComparisonView.Change(change.hasDifference() ? change.getDifference() : null,
                        change.hasMarginOfError() ? change.getMarginOfError() : null, change.hasZ() ? change.getZ() : null,
                        change.getSignificant()));
    }

    public MetricsBreakdownView toView(String by, String attribute, GetSurveyMetricsBreakdownResponse response) {
        return new MetricsBreakdownView(by.strip().toLowerCase(Locale.ROOT), present(attribute) ? attribute : null,
                response.getRowsList().stream().map(row -> new MetricsBreakdownView.Item(row.getValue(),
                        SurveyMetricsMapping.nps(row.getMetrics()), SurveyMetricsMapping.csat(row.getMetrics()),
                        SurveyMetricsMapping.ces(row.getMetrics()))).toList());
    }

    private static MetricsComparisonView.Scores scores(SurveyMetrics metrics) {
        return new MetricsComparisonView.Scores(SurveyMetricsMapping.nps(metrics), SurveyMetricsMapping.csat(metrics),
                SurveyMetricsMapping.ces(metrics));
    }

    private static MetricsDimension dimension(String by) {
        if (!present(by)) {
            throw new InvalidFieldException("by", "is required: language, country or attribute");
        }
        return switch (by.strip().toLowerCase(Locale.ROOT)) {
            case "language" -> MetricsDimension.METRICS_DIMENSION_LANGUAGE;
            case "country" -> MetricsDimension.METRICS_DIMENSION_COUNTRY;
            case "attribute" -> MetricsDimension.METRICS_DIMENSION_ATTRIBUTE;
            default -> throw new InvalidFieldException("by", "must be one of language, country, attribute");
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
