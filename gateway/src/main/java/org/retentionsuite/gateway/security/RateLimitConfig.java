package org.retentionsuite.gateway.security;

import io.smallrye.config.ConfigMapping;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "retention.rate-limits")
public interface RateLimitConfig {

    /** The limit of every key of a role (admin, integration, analyst, member). */
    Map<String, Limit> roles();

    /** A key's own limit, by the key's name; overrides its role's. */
    Map<String, Limit> keys();

    /**
     * Callers without credentials of the public answer endpoints (the anonymous survey answer and the
     * respondent pages' form posts), one bucket per client address.
     */
    Anonymous anonymous();

    interface Anonymous extends Limit {

        /**
         * The addresses of the proxies in front of the gateway: only a request coming from one of them has its
         * X-Forwarded-For believed. None by default, so a client cannot choose its own bucket.
         */
        Optional<List<String>> trustedProxies();

        /** An address's own limit (e.g. a shop's kiosk), by the address; overrides the one above. */
        Map<String, Limit> addresses();
    }

    interface Limit {

        /** Requests per second, sustained. */
        double perSecond();

        /** Requests allowed at once after a quiet spell. */
        int burst();
    }
}
