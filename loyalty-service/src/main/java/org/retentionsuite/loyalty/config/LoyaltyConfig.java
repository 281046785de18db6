package org.retentionsuite.loyalty.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "retention.loyalty")
public interface LoyaltyConfig {

    Idempotency idempotency();

    Maintenance maintenance();

    Outbox outbox();

    Cache cache();

    Calls calls();

    interface Calls {
        /**
         * Calls this process works on or holds queued at once; one more is refused at once with
         * RESOURCE_EXHAUSTED (and changes nothing) instead of waiting in memory.
         */
        @WithDefault("128")
        int maxInProgress();
    }

    interface Cache {
        /** How long a programme's rules are read from memory before being read again (other replicas' changes). */
        @WithDefault("5s")
        Duration programTtl();
    }

    interface Outbox {
        /** How often the relay looks for due events ("off" disables it, as in tests). */
        @WithDefault("2s")
        String every();

        @WithDefault("200")
        int batchSize();

        /** The wait after the first failed attempt; it doubles with each further one. */
        @WithDefault("1s")
        Duration firstBackoff();

        @WithDefault("5m")
        Duration maxBackoff();

        /** How long one delivery call may take. */
        @WithDefault("5s")
        Duration deadline();

        /** How long delivered events are kept before the maintenance pass purges them. */
        @WithDefault("7d")
        Duration retention();
    }

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
