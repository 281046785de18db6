package org.retentionsuite.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The job that records reminders of unanswered invitations. */
@ConfigMapping(prefix = "retention.feedback.reminders")
public interface ReminderConfig {

    /** How often the job looks for due reminders; "off" disables it (tests run it by hand). */
    @WithDefault("5m")
    String every();

    /** The most reminders one pass records, so a pass stays short. */
    @WithDefault("500")
    int batchSize();
}
