package org.retentionsuite.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "retention.gateway")
public interface GatewayConfig {

    /** How long the gateway waits for a service before it answers 504. */
    @WithDefault("2s")
    Duration downstreamDeadline();

    /** How long the gateway waits for a bulk call (a CSV import, a CLV fit) before it answers 504. */
    @WithDefault("60s")
    Duration bulkDeadline();

    /** The admin API key. When none is configured a random one is generated and logged at start. */
    Optional<String> adminApiKey();
}
