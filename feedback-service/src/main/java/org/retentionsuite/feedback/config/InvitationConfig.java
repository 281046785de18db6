package org.retentionsuite.feedback.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How invitations are issued in this deployment. */
@ConfigMapping(prefix = "retention.feedback.invitations")
public interface InvitationConfig {

    /** A customer invited to any survey is not invited again within this time; a survey may set its own. */
    @WithDefault("30d")
    Duration coolDown();

    /** How long an invitation's token can be answered. */
    @WithDefault("14d")
    Duration tokenValidity();

    /** The respondents' side of the gateway; links are {@code <public-base-url>/s/<token>}. */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** The most customers one request may invite. */
    @WithDefault("1000")
    int maxBatchSize();
}
