package org.retentionsuite.feedback.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.feedback.domain.InvitationContext;
import org.retentionsuite.feedback.domain.MetricChange;
import org.retentionsuite.feedback.domain.MetricsDimension;
import org.retentionsuite.feedback.domain.SurveyMetrics;
import org.retentionsuite.feedback.service.AnalyticsService.Comparison;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownResponse;
import org.retentionsuite.proto.feedback.v1.InviteCustomersRequest;
import org.retentionsuite.proto.feedback.v1.MetricsBreakdownRow;

import java.util.Map;

/** Comparisons, breakdowns and the invitation context of the feedback contracts. */
@ApplicationScoped
public class AnalyticsMapper {

    public InvitationContext toContext(InviteCustomersRequest request) {
        return InvitationContext.of(request.getCountry(), request.getAttributesMap());
    }

    /** The domain's dimension, or null when the request names none. */
    public MetricsDimension toDomain(org.retentionsuite.proto.feedback.v1.MetricsDimension dimension) {
        return switch (dimension) {
            case METRICS_DIMENSION_LANGUAGE -> MetricsDimension.LANGUAGE;
            case METRICS_DIMENSION_COUNTRY -> MetricsDimension.COUNTRY;
            case METRICS_DIMENSION_ATTRIBUTE -> MetricsDimension.ATTRIBUTE;
            case METRICS_DIMENSION_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    public CompareSurveyMetricsResponse toProto(Comparison comparison) {
        MetricChange change = comparison.change();
        org.retentionsuite.proto.feedback.v1.MetricChange.Builder proto = org.retentionsuite.proto.feedback.v1.MetricChange
                .newBuilder().setSignificant(change.significant());
        if (change.difference() != null) {
            proto.setDifference(change.difference());
        }
        if (change.marginOfError() != null) {
            proto.setMarginOfError(change.marginOfError());
        }
        if (change.z() != null) {
            proto.setZ(change.z());
        }
        return CompareSurveyMetricsResponse.newBuilder()
                .setBaseline(MetricsMapper.toProto(comparison.baseline()))
                .setCurrent(MetricsMapper.toProto(comparison.current()))
                .setChange(proto)
                .build();
    }

    public GetSurveyMetricsBreakdownResponse toProto(Map<String, SurveyMetrics> rows) {
        GetSurveyMetricsBreakdownResponse.Builder proto = GetSurveyMetricsBreakdownResponse.newBuilder();
        rows.forEach((value, metrics) -> proto.addRows(MetricsBreakdownRow.newBuilder().setValue(value)
                .setMetrics(MetricsMapper.toProto(metrics))));
        return proto.build();
    }
}
