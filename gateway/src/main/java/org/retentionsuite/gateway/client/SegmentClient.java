package org.retentionsuite.gateway.client;

import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.config.GatewayConfig;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentResponse;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipResponse;
import org.retentionsuite.proto.segmentation.v1.GetSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentsRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentsResponse;
import org.retentionsuite.proto.segmentation.v1.MutinySegmentServiceGrpc.MutinySegmentServiceStub;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentResponse;
import org.retentionsuite.proto.segmentation.v1.Segment;

import java.time.Duration;
import java.util.function.Function;

/** The segmentation service's rule segments, as the gateway calls them. */
@ApplicationScoped
public class SegmentClient {

    private final MutinySegmentServiceStub stub;
    private final Duration deadline;
    private final Duration bulkDeadline;

    public SegmentClient(@GrpcClient(SegmentationClient.SERVICE) MutinySegmentServiceStub stub, GatewayConfig config) {
        this.stub = stub;
        this.deadline = config.downstreamDeadline();
        this.bulkDeadline = config.bulkDeadline();
    }

    /** Evaluates the rule for every customer, so it gets the bulk deadline. */
    public Uni<Segment> createSegment(CreateSegmentRequest request) {
        return DownstreamCall.call(SegmentationClient.SERVICE, stub, bulkDeadline, s -> s.createSegment(request))
                .map(CreateSegmentResponse::getSegment);
    }

    public Uni<Segment> getSegment(String segmentId) {
        return call(s -> s.getSegment(GetSegmentRequest.newBuilder().setSegmentId(segmentId).build()))
                .map(GetSegmentResponse::getSegment);
    }

    public Uni<ListSegmentsResponse> listSegments(ListSegmentsRequest request) {
        return call(s -> s.listSegments(request));
    }

    public Uni<ListSegmentMembersResponse> listMembers(ListSegmentMembersRequest request) {
        return call(s -> s.listSegmentMembers(request));
    }

    public Uni<GetSegmentMembershipResponse> getMembership(String segmentId, String customerId) {
        return call(s -> s.getSegmentMembership(GetSegmentMembershipRequest.newBuilder().setSegmentId(segmentId)
                .setCustomerId(customerId).build()));
    }

    public Uni<ListSegmentMembershipChangesResponse> listChanges(ListSegmentMembershipChangesRequest request) {
        return call(s -> s.listSegmentMembershipChanges(request));
    }

    public Uni<RefreshSegmentResponse> refresh(String segmentId) {
        return DownstreamCall.call(SegmentationClient.SERVICE, stub, bulkDeadline,
                s -> s.refreshSegment(RefreshSegmentRequest.newBuilder().setSegmentId(segmentId).build()));
    }

    private <T> Uni<T> call(Function<MutinySegmentServiceStub, Uni<T>> rpc) {
        return DownstreamCall.call(SegmentationClient.SERVICE, stub, deadline, rpc);
    }
}
