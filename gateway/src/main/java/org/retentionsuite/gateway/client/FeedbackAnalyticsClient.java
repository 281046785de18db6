package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsRequest;
import org.retentionsuite.proto.feedback.v1.CompareSurveyMetricsResponse;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownRequest;
import org.retentionsuite.proto.feedback.v1.GetSurveyMetricsBreakdownResponse;
import org.retentionsuite.proto.feedback.v1.MutinyFeedbackAnalyticsServiceGrpc.MutinyFeedbackAnalyticsServiceStub;

import java.time.Duration;
import java.util.function.Function;

/** The feedback service's comparisons and breakdowns, as the gateway calls them. */
@ApplicationScoped
public class FeedbackAnalyticsClient {

    private final MutinyFeedbackAnalyticsServiceStub stub;
    private final Duration deadline;

    public FeedbackAnalyticsClient(@GrpcClient(FeedbackClient.SERVICE) MutinyFeedbackAnalyticsServiceStub stub,
            GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
    }

    public Uni<CompareSurveyMetricsResponse> compare(CompareSurveyMetricsRequest request) {
        return call(s -> s.compareSurveyMetrics(request));
    }

    public Uni<GetSurveyMetricsBreakdownResponse> breakdown(GetSurveyMetricsBreakdownRequest request) {
        return call(s -> s.getSurveyMetricsBreakdown(request));
    }

    private <T> Uni<T> call(Function<MutinyFeedbackAnalyticsServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(FeedbackClient.SERVICE, stub, deadline, rpc);
    }
}
