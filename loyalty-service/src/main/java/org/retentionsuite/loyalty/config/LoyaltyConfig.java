package org.retentionsuite.loyalty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "retention.loyalty")
public interface LoyaltyConfig {

    Idempotency idempotency();

    Maintenance maintenance();

    interface Idempotency {
        /** How long keys and their results are kept (the draft asks for at least 24 h). */
        @WithDefault("48h")
        Duration retention();

        /** After this, a key whose request never finished (its process died) may be taken over. */
        @WithDefault("60s")
        Duration inFlightTimeout();
    }

    interface Maintenance {
        /** How often the scheduled pass runs ("off" disables it, as in tests). */
        @WithDefault("60s")
        String every();

        /** Members handled per pass of the lot activation/expiry job. */
        @WithDefault("500")
        int batchSize();
    }
}
