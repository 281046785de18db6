package org.retentionsuite.segmentation.domain;

import org.retentionsuite.segmentation.domain.segment.MembershipChange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Everything held on one customer: activity, insights (when there is activity), segments and their history. */
public record CustomerExport(String customerId, List<Activity> activities, Optional<CustomerInsights> insights,
        List<CurrentSegment> segments, List<MembershipChange> segmentChanges) {

    public record CurrentSegment(UUID segmentId, String segmentName, Instant enteredAt) {
    }
}
