package org.retentionsuite.feedback.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.feedback.mapping.AnalyticsMapper;
import org.retentionsuite.feedback.service.AnalyticsService;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackAnalyticsServiceGrpc;

import java.time.Instant;

/** The analytics contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class FeedbackAnalyticsGrpcService extends MutinyFeedbackAnalyticsServiceGrpc.FeedbackAnalyticsServiceImplBase {

    private final AnalyticsService analytics;
    private final AnalyticsMapper mapper;

    public FeedbackAnalyticsGrpcService(AnalyticsService analytics, AnalyticsMapper mapper) {
        this.analytics = analytics;
        this.mapper = mapper;
    }

    @Override
    public Uni<CompareSurveyMetricsResponse> compareSurveyMetrics(CompareSurveyMetricsRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(analytics.compare(request.getSurveyId(),
                request.hasBaselineFrom() ? instant(request.getBaselineFrom()) : null,
                request.hasBaselineTo() ? instant(request.getBaselineTo()) : null,
                request.hasCurrentFrom() ? instant(request.getCurrentFrom()) : null,
                request.hasCurrentTo() ? instant(request.getCurrentTo()) : null)));
    }

    @Override
    public Uni<GetSurveyMetricsBreakdownResponse> getSurveyMetricsBreakdown(GetSurveyMetricsBreakdownRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(analytics.breakdown(request.getSurveyId(),
                request.hasFrom() ? instant(request.getFrom()) : null, request.hasTo() ? instant(request.getTo()) : null,
                mapper.toDomain(request.getDimension()), request.getAttributeKey())));
    }

    private static Instant instant(com.google.protobuf.Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos());
    }
}
