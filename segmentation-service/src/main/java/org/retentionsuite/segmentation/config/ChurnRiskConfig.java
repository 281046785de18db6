package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The churn risk score's settings, {@code retention.segmentation.churn-risk.*}: the level
 * thresholds and how much each indicator weighs (0 switches it off, 1 lets it alone decide).
 */
@ConfigMapping(prefix = "retention.segmentation.churn-risk")
public interface ChurnRiskConfig {

    /** A score at or above this is MEDIUM. */
    @WithDefault("0.4")
    double mediumThreshold();

    /** A score at or above this is HIGH. */
    @WithDefault("0.7")
    double highThreshold();

    /** Days since the last purchase at this many times the usual gap make a purchase overdue. */
    @WithDefault("2.0")
    double overdueFactor();

    /** When the scheduled full scoring pass runs (a Quarkus cron; "off" in tests, which score themselves). */
    @WithDefault("0 30 2 * * ?")
    String scoringCron();

    Weights weights();

    interface Weights {

        @WithDefault("0.8")
        double probabilityAlive();

        @WithDefault("0.3")
        double engagementDecline();

        @WithDefault("0.4")
        double purchaseFrequencyDecline();

        @WithDefault("0.4")
        double negativeFeedback();

        @WithDefault("0.3")
        double unresolvedSupport();

        @WithDefault("0.6")
        double overduePurchase();
    }
}
