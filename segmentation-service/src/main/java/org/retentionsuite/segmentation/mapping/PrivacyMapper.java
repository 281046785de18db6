package org.retentionsuite.segmentation.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CustomerSegment;
import org.retentionsuite.proto.segmentation.v1.ExportCustomerResponse;
import org.retentionsuite.proto.segmentation.v1.ForgetCustomerResponse;
import org.retentionsuite.segmentation.domain.Activity;
import org.retentionsuite.segmentation.domain.CustomerExport;

import static org.retentionsuite.segmentation.mapping.ProtoTime.timestamp;

/** A customer's export and erasure as the contract spells them. */
@ApplicationScoped
public class PrivacyMapper {

    private final SegmentationMapper insights;
    private final SegmentMapper segments;

    public PrivacyMapper(SegmentationMapper insights, SegmentMapper segments) {
        this.insights = insights;
        this.segments = segments;
    }

    public ExportCustomerResponse toProto(CustomerExport export) {
        var proto = ExportCustomerResponse.newBuilder()
                .setCustomerId(export.customerId())
                .addAllActivities(export.activities().stream().map(PrivacyMapper::toProto).toList())
                .addAllSegments(export.segments().stream().map(s -> CustomerSegment.newBuilder()
                        .setSegmentId(s.segmentId().toString()).setSegmentName(s.segmentName())
                        .setEnteredAt(timestamp(s.enteredAt())).build()).toList())
                .addAllSegmentChanges(export.segmentChanges().stream().map(segments::toProto).toList());
        export.insights().ifPresent(i -> proto.setInsights(insights.toProto(i)));
        return proto.build();
    }

    public ForgetCustomerResponse toProto(int anonymised) {
        return ForgetCustomerResponse.newBuilder().setActivitiesAnonymised(anonymised).build();
    }

    private static org.retentionsuite.proto.segmentation.v1.Activity toProto(Activity activity) {
        var proto = org.retentionsuite.proto.segmentation.v1.Activity.newBuilder()
                .setEventId(activity.eventId())
                .setCustomerId(activity.customerId())
                .setType(switch (activity.type()) {
                    case PURCHASE -> ActivityType.ACTIVITY_TYPE_PURCHASE;
                    case RETURN -> ActivityType.ACTIVITY_TYPE_RETURN;
                    case VISIT -> ActivityType.ACTIVITY_TYPE_VISIT;
                    case SUPPORT_CONTACT -> ActivityType.ACTIVITY_TYPE_SUPPORT_CONTACT;
                    case FEEDBACK -> ActivityType.ACTIVITY_TYPE_FEEDBACK;
                })
                .setOccurredAt(timestamp(activity.occurredAt()));
        if (activity.amountMinor() != null) {
            proto.setAmount(Money.newBuilder().setCurrencyCode(activity.currencyCode()).setAmountMinor(activity.amountMinor()));
        }
        return proto.build();
    }
}
