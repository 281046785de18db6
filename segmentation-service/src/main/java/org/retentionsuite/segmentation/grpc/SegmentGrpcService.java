package org.retentionsuite.segmentation.grpc;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
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
import org.retentionsuite.proto.segmentation.v1.MutinySegmentServiceGrpc;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentResponse;
import org.retentionsuite.segmentation.mapping.RuleCodec;
import org.retentionsuite.segmentation.mapping.SegmentMapper;
import org.retentionsuite.segmentation.service.SegmentDefinitions;
import org.retentionsuite.segmentation.service.SegmentMembership;

/** The rule segments contract: maps requests, calls a use case, maps the reply. Errors map in {@link DomainStatusMapping}. */
@GrpcService
@Blocking
public class SegmentGrpcService extends MutinySegmentServiceGrpc.SegmentServiceImplBase {

    private final SegmentDefinitions definitions;
    private final SegmentMembership membership;
    private final SegmentMapper mapper;
    private final RuleCodec rules;

    public SegmentGrpcService(SegmentDefinitions definitions, SegmentMembership membership, SegmentMapper mapper,
            RuleCodec rules) {
        this.definitions = definitions;
        this.membership = membership;
        this.mapper = mapper;
        this.rules = rules;
    }

    @Override
    public Uni<CreateSegmentResponse> createSegment(CreateSegmentRequest request) {
        return Uni.createFrom().item(() -> CreateSegmentResponse.newBuilder()
                .setSegment(mapper.toProto(definitions.create(request.getName(), request.getDescription(),
                        request.hasRule() ? rules.toSpec(request.getRule()) : null)))
                .build());
    }

    @Override
    public Uni<GetSegmentResponse> getSegment(GetSegmentRequest request) {
        return Uni.createFrom().item(() -> GetSegmentResponse.newBuilder()
                .setSegment(mapper.toProto(definitions.segment(request.getSegmentId())))
                .build());
    }

    @Override
    public Uni<ListSegmentsResponse> listSegments(ListSegmentsRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(definitions.list(request.getPageSize(), request.getPageToken())));
    }

    @Override
    public Uni<ListSegmentMembersResponse> listSegmentMembers(ListSegmentMembersRequest request) {
        return Uni.createFrom().item(() -> mapper.toMembers(
                membership.members(request.getSegmentId(), request.getPageSize(), request.getPageToken()),
                membership.memberCount(request.getSegmentId())));
    }

    @Override
    public Uni<GetSegmentMembershipResponse> getSegmentMembership(GetSegmentMembershipRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(request.getSegmentId(), request.getCustomerId(),
                membership.membership(request.getSegmentId(), request.getCustomerId())));
    }

    @Override
    public Uni<ListSegmentMembershipChangesResponse> listSegmentMembershipChanges(ListSegmentMembershipChangesRequest request) {
        return Uni.createFrom().item(() -> mapper.toChanges(membership.changes(request.getSegmentId(),
                request.getCustomerId(), request.getPageSize(), request.getPageToken())));
    }

    @Override
    public Uni<RefreshSegmentResponse> refreshSegment(RefreshSegmentRequest request) {
        return Uni.createFrom().item(() -> mapper.toProto(membership.refresh(request.getSegmentId())));
    }
}
