package org.retentionsuite.segmentation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.retentionsuite.segmentation.config.SegmentationConfig;
import org.retentionsuite.segmentation.domain.CustomerInsights;
import org.retentionsuite.segmentation.domain.NoActivityRecordedException;
import org.retentionsuite.segmentation.domain.Violations;
import org.retentionsuite.segmentation.repository.ActivityRepository;

/** Tells what a customer's recorded activity says about them. */
@ApplicationScoped
public class InsightsService {

    private final ActivityRepository activities;
    private final SegmentationConfig config;

    public InsightsService(ActivityRepository activities, SegmentationConfig config) {
        this.activities = activities;
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
}
