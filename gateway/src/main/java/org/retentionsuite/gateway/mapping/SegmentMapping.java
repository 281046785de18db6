package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.MembershipChangePage;
import org.retentionsuite.gateway.api.SegmentCreation;
import org.retentionsuite.gateway.api.SegmentMemberPage;
import org.retentionsuite.gateway.api.SegmentMembershipView;
import org.retentionsuite.gateway.api.SegmentPage;
import org.retentionsuite.gateway.api.SegmentRefreshView;
import org.retentionsuite.gateway.api.SegmentRuleBody;
import org.retentionsuite.gateway.api.SegmentView;
import org.retentionsuite.gateway.error.InvalidFieldException;
import org.retentionsuite.proto.segmentation.v1.CreateSegmentRequest;
import org.retentionsuite.proto.segmentation.v1.GetSegmentMembershipResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembersResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentMembershipChangesResponse;
import org.retentionsuite.proto.segmentation.v1.ListSegmentsRequest;
import org.retentionsuite.proto.segmentation.v1.ListSegmentsResponse;
import org.retentionsuite.proto.segmentation.v1.MembershipChangeKind;
import org.retentionsuite.proto.segmentation.v1.RefreshSegmentResponse;
import org.retentionsuite.proto.segmentation.v1.Segment;
import org.retentionsuite.proto.segmentation.v1.SegmentRule;

import java.math.BigDecimal;
import java.util.List;

import static org.retentionsuite.gateway.mapping.Timestamps.orEmpty;
import static org.retentionsuite.gateway.mapping.Timestamps.orNull;
import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;

/** Rule segments between the REST API and the segmentation contract. */
@ApplicationScoped
public class SegmentMapping {

    public CreateSegmentRequest toRequest(SegmentCreation creation) {
        var request = CreateSegmentRequest.newBuilder()
                .setName(orEmpty(creation.name()))
                .setDescription(orEmpty(creation.description()));
        if (creation.rule() != null) {
            request.setRule(toRule("rule", creation.rule()));
        }
        return request.build();
    }

    public SegmentView toView(Segment segment) {
        return new SegmentView(segment.getId(), segment.getName(), segment.getDescription(), toBody(segment.getRule()),
                segment.getMemberCount(), toInstant(true, segment.getCreatedAt()),
                toInstant(segment.hasRefreshedAt(), segment.getRefreshedAt()));
    }

    public ListSegmentsRequest toListRequest(String limit, String cursor) {
        return ListSegmentsRequest.newBuilder()
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, 200))
                .setPageToken(orEmpty(cursor)).build();
    }

    public SegmentPage toView(ListSegmentsResponse page) {
        return new SegmentPage(page.getSegmentsList().stream().map(this::toView).toList(), orNull(page.getNextPageToken()));
    }

    public ListSegmentMembersRequest toMembersRequest(String segmentId, String limit, String cursor) {
        return ListSegmentMembersRequest.newBuilder().setSegmentId(segmentId)
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, 1000))
                .setPageToken(orEmpty(cursor)).build();
    }

    public SegmentMemberPage toView(ListSegmentMembersResponse page) {
        return new SegmentMemberPage(page.getMembersList().stream()
                .map(m -> new SegmentMemberPage.Member(m.getCustomerId(), toInstant(true, m.getEnteredAt()))).toList(),
                orNull(page.getNextPageToken()), page.getMemberCount());
    }

    public SegmentMembershipView toView(GetSegmentMembershipResponse membership) {
        return new SegmentMembershipView(membership.getSegmentId(), membership.getCustomerId(), membership.getMember(),
                toInstant(membership.hasEnteredAt(), membership.getEnteredAt()));
    }

    public ListSegmentMembershipChangesRequest toChangesRequest(String segmentId, String customerId, String limit,
            String cursor) {
        return ListSegmentMembershipChangesRequest.newBuilder().setSegmentId(segmentId).setCustomerId(orEmpty(customerId))
                .setPageSize(limit == null ? 0 : QueryParameters.integer("limit", limit, 1, 1000))
                .setPageToken(orEmpty(cursor)).build();
    }

    public MembershipChangePage toView(ListSegmentMembershipChangesResponse page) {
        return new MembershipChangePage(page.getChangesList().stream().map(c -> new MembershipChangePage.Change(
                        c.getCustomerId(), c.getKind() == MembershipChangeKind.MEMBERSHIP_CHANGE_KIND_ENTERED ? "ENTERED" : "LEFT",
                        toInstant(true, c.getChangedAt()))).toList(),
                orNull(page.getNextPageToken()));
    }

    public SegmentRefreshView toView(RefreshSegmentResponse refresh) {
        return new SegmentRefreshView(refresh.getEnteredCount(), refresh.getLeftCount(), refresh.getMemberCount());
    }

    /** Values may be written as JSON strings or numbers; the service reads them by the field's kind. */
    private static SegmentRule toRule(String path, SegmentRuleBody body) {
        var rule = SegmentRule.newBuilder()
                .setField(orEmpty(body.field()))
                .setOperator(orEmpty(body.operator()))
                .setWithinDays(body.withinDays() == null ? 0 : body.withinDays());
        List<SegmentRuleBody> all = body.all() == null ? List.of() : body.all();
        List<SegmentRuleBody> any = body.any() == null ? List.of() : body.any();
        for (int i = 0; i < all.size(); i++) {
            rule.addAll(toRule(path + ".all[" + i + "]", nonNull(path + ".all[" + i + "]", all.get(i))));
        }
        for (int i = 0; i < any.size(); i++) {
            rule.addAny(toRule(path + ".any[" + i + "]", nonNull(path + ".any[" + i + "]", any.get(i))));
        }
        List<Object> values = body.values() == null ? List.of() : body.values();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof String text) {
                rule.addValues(text);
            } else if (value instanceof Number number && !(value instanceof Double d && !Double.isFinite(d))) {
                rule.addValues(new BigDecimal(number.toString()).toPlainString());
            } else {
                throw new InvalidFieldException(path + ".values[" + i + "]", "must be a string or a number");
            }
        }
        return rule.build();
    }

    private static SegmentRuleBody nonNull(String path, SegmentRuleBody body) {
        if (body == null) {
            throw new InvalidFieldException(path, "must be a rule, not null");
        }
        return body;
    }

    private static SegmentRuleBody toBody(SegmentRule rule) {
        return new SegmentRuleBody(
                rule.getAllCount() == 0 ? null : rule.getAllList().stream().map(SegmentMapping::toBody).toList(),
                rule.getAnyCount() == 0 ? null : rule.getAnyList().stream().map(SegmentMapping::toBody).toList(),
                orNull(rule.getField()), orNull(rule.getOperator()),
                rule.getValuesCount() == 0 ? null : List.copyOf(rule.getValuesList()),
                rule.getWithinDays() == 0 ? null : rule.getWithinDays());
    }
}
