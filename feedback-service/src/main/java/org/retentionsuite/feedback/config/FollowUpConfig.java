package org.retentionsuite.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How follow-up cases of unhappy respondents are run in this deployment. */
@ConfigMapping(prefix = "retention.feedback.cases")
public interface FollowUpConfig {

    /** How long a case may stay unresolved before it is overdue; a survey may set its own. */
    @WithDefault("48h")
    Duration sla();
}
