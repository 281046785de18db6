package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.segmentation.v1.CustomerSegment;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentsResponse;
import org.retentionsuite.proto.segmentation.v1.MembershipChangeKind;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentResponse;
import org.retentionsuite.proto.segmentation.v1.SegmentMembershipChange;
import org.retentionsuite.segmentation.domain.segment.CurrentSegment;
import org.retentionsuite.segmentation.domain.segment.MembershipChange;
import org.retentionsuite.segmentation.domain.segment.Page;
import org.retentionsuite.segmentation.domain.segment.Segment;
import org.retentionsuite.segmentation.domain.segment.SegmentMember;
import org.retentionsuite.segmentation.service.SegmentMembership.RefreshOutcome;

import java.util.Optional;

import static org.retentionsuite.segmentation.mapping.ProtoTime.timestamp;

/** Converts between the SegmentService contract and the domain. */
@ApplicationScoped
public class SegmentMapper {

    private final RuleCodec rules;

    public SegmentMapper(RuleCodec rules) {
        this.rules = rules;
    }

    public org.retentionsuite.proto.segmentation.v1.Segment toProto(Segment segment) {
        var proto = org.retentionsuite.proto.segmentation.v1.Segment.newBuilder()
                .setId(segment.id().toString())
                .setName(segment.name())
                .setDescription(segment.description())
                .setRule(rules.toProto(segment.rule()))
                .setMemberCount(segment.memberCount())
                .setCreatedAt(timestamp(segment.createdAt()));
        if (segment.refreshedAt() != null) {
            proto.setRefreshedAt(timestamp(segment.refreshedAt()));
        }
        return proto.build();
    }

    public ListSegmentsResponse toProto(Page<Segment> page) {
        return ListSegmentsResponse.newBuilder()
                .addAllSegments(page.items().stream().map(this::toProto).toList())
                .setNextPageToken(page.nextCursor())
                .build();
    }

    public ListSegmentMembersResponse toMembers(Page<SegmentMember> page, long memberCount) {
        return ListSegmentMembersResponse.newBuilder()
                .addAllMembers(page.items().stream().map(m -> org.retentionsuite.proto.segmentation.v1.SegmentMember.newBuilder()
                        .setCustomerId(m.customerId()).setEnteredAt(timestamp(m.enteredAt())).build()).toList())
                .setNextPageToken(page.nextCursor())
                .setMemberCount(memberCount)
                .build();
    }

    public GetSegmentMembershipResponse toProto(String segmentId, String customerId, Optional<SegmentMember> member) {
        var proto = GetSegmentMembershipResponse.newBuilder()
                .setSegmentId(segmentId.strip())
                .setCustomerId(customerId.strip())
                .setMember(member.isPresent());
        member.ifPresent(m -> proto.setEnteredAt(timestamp(m.enteredAt())));
        return proto.build();
    }

    public ListSegmentMembershipChangesResponse toChanges(Page<MembershipChange> page) {
        return ListSegmentMembershipChangesResponse.newBuilder()
                .addAllChanges(page.items().stream().map(this::toProto).toList())
                .setNextPageToken(page.nextCursor())
                .build();
    }

    public SegmentMembershipChange toProto(MembershipChange change) {
        return SegmentMembershipChange.newBuilder()
                .setSegmentId(change.segmentId().toString())
                .setCustomerId(change.customerId())
                .setKind(change.kind() == MembershipChange.Kind.ENTERED ? MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_ENTERED
                        : MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_LEFT)
                .setChangedAt(timestamp(change.changedAt()))
                .build();
    }

    public CustomerSegment toProto(CurrentSegment segment) {
        return CustomerSegment.newBuilder()
                .setSegmentId(segment.segmentId().toString())
                .setSegmentName(segment.segmentName())
                .setEnteredAt(timestamp(segment.enteredAt()))
                .build();
    }

    public RefreshSegmentResponse toProto(RefreshOutcome outcome) {
        return RefreshSegmentResponse.newBuilder()
                .setEnteredCount(outcome.enteredCount())
                .setLeftCount(outcome.leftCount())
                .setMemberCount(outcome.memberCount())
                .build();
    }
}
