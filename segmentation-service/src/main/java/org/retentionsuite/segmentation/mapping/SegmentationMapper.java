package org.retentionsuite.segmentation.mapping;

import com.google.protobuf.Timestamp;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.proto.common.v1.Money;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;
import org.retentionsuite.segmentation.domain.ActivityType;
import org.retentionsuite.segmentation.domain.CustomerInsights;
import org.retentionsuite.segmentation.domain.ReportedActivity;
import org.retentionsuite.segmentation.service.ActivityService.RecordingOutcome;

import java.time.Instant;
import java.util.List;

/** Converts between the segmentation contract's messages and the domain. */
@ApplicationScoped
public class SegmentationMapper {

    public List<ReportedActivity> toReported(RecordActivityRequest request) {
        return request.getActivitiesList().stream().map(SegmentationMapper::toReported).toList();
    }

    public RecordActivityResponse toProto(RecordingOutcome outcome) {
        return RecordActivityResponse.newBuilder()
                .setRecordedCount(outcome.recordedCount())
                .setDuplicateCount(outcome.duplicateCount())
                .build();
    }

    public org.retentionsuite.proto.segmentation.v1.CustomerInsights toProto(CustomerInsights insights) {
        var proto = org.retentionsuite.proto.segmentation.v1.CustomerInsights.newBuilder()
                .setCustomerId(insights.customerId())
                .setPurchaseCount(insights.purchaseCount())
                .setTotalSpend(Money.newBuilder()
                        .setCurrencyCode(insights.currency().getCurrencyCode())
                        .setAmountMinor(insights.totalSpendMinor()));
        if (insights.firstPurchaseAt() != null) {
            proto.setFirstPurchaseAt(timestamp(insights.firstPurchaseAt()));
        }
        if (insights.lastPurchaseAt() != null) {
            proto.setLastPurchaseAt(timestamp(insights.lastPurchaseAt()));
        }
        return proto.build();
    }

    private static ReportedActivity toReported(Activity activity) {
        return new ReportedActivity(
                activity.getEventId(),
                activity.getCustomerId(),
                type(activity.getType()),
                activity.hasOccurredAt() ? instant(activity.getOccurredAt()) : null,
                activity.hasAmount()
                        ? new ReportedActivity.Amount(activity.getAmount().getCurrencyCode(),
                                activity.getAmount().getAmountMinor())
                        : null,
                activity.getName(),
                activity.hasFeedback() ? ActivityDetailsMapping.feedback(activity.getFeedback()) : null,
                ActivityDetailsMapping.supportOutcome(activity.getSupportOutcome()));
    }

    /** Unspecified and unknown (newer) types are null: the domain refuses them. */
    private static ActivityType type(org.retentionsuite.proto.segmentation.v1.ActivityType type) {
        return switch (type) {
            case ACTIVITY_TYPE_PURCHASE -> ActivityType.PURCHASE;
            case ACTIVITY_TYPE_RETURN -> ActivityType.RETURN;
            case ACTIVITY_TYPE_VISIT -> ActivityType.VISIT;
            case ACTIVITY_TYPE_SUPPORT_CONTACT -> ActivityType.SUPPORT_CONTACT;
            case ACTIVITY_TYPE_FEEDBACK -> ActivityType.FEEDBACK;
            case ACTIVITY_TYPE_UNSPECIFIED, UNRECOGNIZED -> null;
        };
    }

    private static Instant instant(Timestamp timestamp) {
        // Seconds beyond what an Instant holds are clamped, so the domain refuses them as out of range.
        long seconds = Math.max(Instant.MIN.getEpochSecond(),
                Math.min(Instant.MAX.getEpochSecond(), timestamp.getSeconds()));
        return Instant.ofEpochSecond(seconds, timestamp.getNanos());
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
