package org.retentionsuite.gateway.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "retention.resilience")
public interface ResilienceConfig {

    /** Further attempts of a call that is safe to repeat, after UNAVAILABLE; within the call's deadline. */
    @WithDefault("2")
    int retries();

    /** The pause before the first retry; it doubles, with up to half of it at random (jitter). */
    @WithDefault("25ms")
    Duration retryBackoff();

    /** Failures in a row that open a service's circuit. */
    @WithDefault("5")
    int failureThreshold();

    /** How long an open circuit refuses calls before one probe goes through. */
    @WithDefault("5s")
    Duration openFor();
}
