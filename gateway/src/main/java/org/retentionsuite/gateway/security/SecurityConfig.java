package org.retentionsuite.gateway.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "retention.security")
public interface SecurityConfig {

    /**
     * API keys as {@code name:role:sha256hex} entries; only the SHA-256 of each key is configured,
     * never the key itself ({@code RETENTION_API_KEYS}, from a Kubernetes Secret).
     */
    Optional<List<String>> apiKeys();

    /** The business's identity provider, whose JWTs identify end customers. */
    MemberTokens memberTokens();

    interface MemberTokens {

        /** The {@code iss} a member token must carry; member tokens are refused when unset. */
        Optional<String> issuer();

        /** The identity provider's public key as PEM (RSA or EC). */
        Optional<String> publicKey();

        /** The same as a PEM file. */
        Optional<Path> publicKeyFile();

        /** The {@code aud} a member token must carry; not checked when unset. */
        Optional<String> audience();

        /** The claim holding the customer id. */
        @WithDefault("sub")
        String customerClaim();
    }
}
