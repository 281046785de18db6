package org.retentionsuite.segmentation.config;

import io.smallrye.config.ConfigMapping;

/** Erasure, {@code retention.segmentation.privacy.*}. */
@ConfigMapping(prefix = "retention.segmentation.privacy")
public interface PrivacyConfig {

    /**
     * The secret key of the HMAC that turns a forgotten customer's id into their anonymous id:
     * stable (a late event of the customer joins the same anonymous customer), and not reversible
     * by hashing guessed ids. Production sets its own, from a Secret.
     */
    String anonymisationKey();
}
