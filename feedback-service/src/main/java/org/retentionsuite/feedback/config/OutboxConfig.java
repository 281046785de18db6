package org.retentionsuite.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The relay that delivers completed responses to loyalty (incentives) and segmentation (signals). */
@ConfigMapping(prefix = "retention.feedback.outbox")
public interface OutboxConfig {

    /** How often the relay looks for due events ("off" disables it, as in tests). */
    @WithDefault("2s")
    String every();

    @WithDefault("100")
    int batchSize();

    /** The wait after the first failed attempt; it doubles with each further one. */
    @WithDefault("1s")
    Duration firstBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** How long one delivery call may take. */
    @WithDefault("5s")
    Duration deadline();

    /** How long delivered events are kept (to trace a delivery) before they are purged. */
    @WithDefault("7d")
    Duration retention();

    /** How often delivered events past the retention are purged ("off" disables it). */
    @WithDefault("1h")
    String purgeEvery();
}
