package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsRequest;
import org.retentionsuite.proto.segmentation.v1.GetCustomerInsightsResponse;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentationServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;
import org.retentionsuite.segmentation.mapping.SegmentationMapper;
import org.retentionsuite.segmentation.service.ActivityService;
import org.retentionsuite.segmentation.service.InsightsService;

/** The segmentation contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class SegmentationGrpcService extends MutinySegmentationServiceGrpc.SegmentationServiceImplBase {

    private final ActivityService activities;
    private final InsightsService insights;
    private final SegmentationMapper mapper;

    public SegmentationGrpcService(ActivityService activities, InsightsService insights, SegmentationMapper mapper) {
        this.activities = activities;
        this.insights = insights;
        this.mapper = mapper;
    }

    @Override
    public Uni<RecordActivityResponse> recordActivity(RecordActivityRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(activities.record(mapper.toReported(request))));
    }

    @Override
    public Uni<GetCustomerInsightsResponse> getCustomerInsights(GetCustomerInsightsRequest request) {
        return Uni.createFrom().item(() -> GetCustomerInsightsResponse.newBuilder()
                .setInsights(mapper.toProto(insights.insightsOf(request.getCustomerId())))
                .build());
    }
}
