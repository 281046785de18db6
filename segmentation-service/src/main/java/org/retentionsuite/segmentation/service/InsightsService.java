package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.CustomerInsights;
import org.retentionsuite.segmentation.domain.NoActivityRecordedException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.domain.segment.CurrentSegment;
import org.retentionsuite.segmentation.repository.ActivityRepository;
import org.retentionsuite.segmentation.repository.MembershipRepository;

import java.util.List;

/** Tells what a customer's recorded activity says about them. */
@ApplicationScoped
public class InsightsService {

    private final ActivityRepository activities;
    private final MembershipRepository memberships;
    private final SegmentationConfig config;

    public InsightsService(ActivityRepository activities, MembershipRepository memberships, SegmentationConfig config) {
        this.activities = activities;
        this.memberships = memberships;
        this.config = config;
    }

    @Transactional
    public CustomerInsights insightsOf(String customerId) {
        Violations violations = new Violations();
        String customer = violations.requiredText("customer_id", customerId, 128);
        violations.throwIfAny();
        return activities.insights(customer, config.reportingCurrency())
                .orElseThrow(() -> new NoActivityRecordedException(customer));
    }

    /** The segments the customer is in now, by name; empty when in none. */
    @Transactional
    public List<CurrentSegment> segmentsOf(String customerId) {
        return memberships.currentSegmentsOf(customerId);
    }
}
