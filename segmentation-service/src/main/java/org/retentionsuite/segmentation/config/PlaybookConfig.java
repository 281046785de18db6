package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Segment passes and the playbook actions' outbox, {@code retention.segmentation.playbooks.*}. */
@ConfigMapping(prefix = "retention.segmentation.playbooks")
public interface PlaybookConfig {

    /** A segment is evaluated for every customer when its last full pass is older than this. */
    @WithDefault("1h")
    Duration segmentRefreshInterval();

    /** How often the scheduled full pass looks for due segments ("off" in tests, which run it themselves). */
    @WithDefault("1m")
    String segmentPassEvery();

    Outbox outbox();

    interface Outbox {

        /** How often the relay delivers due events ("off" in tests). */
        @WithDefault("2s")
        String every();

        /** Events claimed per relay pass. */
        @WithDefault("100")
        int batchSize();

        @WithDefault("2s")
        Duration firstBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /** After so many failed attempts an event is set aside (kept, with the last error). */
        @WithDefault("30")
        int maxAttempts();

        /** How long the relay waits for loyalty or feedback per call. */
        @WithDefault("5s")
        Duration deadline();
    }
}
