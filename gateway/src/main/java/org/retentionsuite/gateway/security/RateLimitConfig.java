package org.retentionsuite.gateway.security;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

@ConfigMapping(prefix = "retention.rate-limits")
public interface RateLimitConfig {

    /** The limit of every key of a role (admin, integration, analyst, member). */
    Map<String, Limit> roles();

    /** A key's own limit, by the key's name; overrides its role's. */
    Map<String, Limit> keys();

    interface Limit {

        /** Requests per second, sustained. */
        double perSecond();

        /** Requests allowed at once after a quiet spell. */
        int burst();
    }
}
