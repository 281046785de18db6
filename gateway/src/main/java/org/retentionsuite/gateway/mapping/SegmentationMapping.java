package org.retentionsuite.gateway.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.gateway.api.ActivityEvent;
import org.retentionsuite.gateway.api.ActivityReceipt;
import org.retentionsuite.gateway.api.CustomerInsightsView;
import org.retentionsuite.proto.segmentation.v1.Activity;
import org.retentionsuite.proto.segmentation.v1.ActivityType;
import org.retentionsuite.proto.segmentation.v1.CustomerInsights;
import org.retentionsuite.proto.segmentation.v1.RecordActivityRequest;
import org.retentionsuite.proto.segmentation.v1.RecordActivityResponse;

import java.util.List;

import static org.retentionsuite.gateway.mapping.Timestamps.toInstant;
import static org.retentionsuite.gateway.mapping.Timestamps.toTimestamp;

/** The activity and insights API's JSON and the segmentation contract. */
@ApplicationScoped
public class SegmentationMapping {

    public RecordActivityRequest toRequest(List<ActivityEvent> events) {
        RecordActivityRequest.Builder request = RecordActivityRequest.newBuilder();
        for (int i = 0; i < events.size(); i++) {
            ActivityEvent event = events.get(i);
            Activity.Builder activity = Activity.newBuilder()
                    .setEventId(event.eventId())
                    .setCustomerId(event.customerId())
                    .setType(ActivityType.valueOf("ACTIVITY_TYPE_" + event.type().name()))
                    .setOccurredAt(toTimestamp(event.occurredAt()));
            if (event.amount() != null) {
                activity.setAmount(MoneyFormat.toProto("[" + i + "].amount", event.amount()));
            }
            request.addActivities(activity);
        }
        return request.build();
    }

    public ActivityReceipt toReceipt(RecordActivityResponse response) {
        return new ActivityReceipt(response.getRecordedCount(), response.getDuplicateCount());
    }

    public CustomerInsightsView toView(CustomerInsights insights) {
        return new CustomerInsightsView(insights.getCustomerId(), insights.getPurchaseCount(),
                MoneyFormat.toJson(insights.getTotalSpend()),
                toInstant(insights.hasFirstPurchaseAt(), insights.getFirstPurchaseAt()),
                toInstant(insights.hasLastPurchaseAt(), insights.getLastPurchaseAt()));
    }
}
