package org.retentionsuite.gateway.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.gateway.config.GatewayConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The admin API key: configured (RETENTION_ADMIN_API_KEY), or generated once at start and logged. */
@ApplicationScoped
@Startup
public class AdminApiKey {

    private static final Logger LOG = Logger.getLogger(AdminApiKey.class);

    private final byte[] key;

    public AdminApiKey(GatewayConfig config) {
        String configured = config.adminApiKey().filter(k -> !k.isBlank()).orElse(null);
        if (configured == null) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            configured = "rsk_" + HexFormat.of().formatHex(random);
            LOG.warnf("No admin API key configured (RETENTION_ADMIN_API_KEY); generated one for this run: %s", configured);
        }
        this.key = configured.getBytes(StandardCharsets.UTF_8);
    }

    /** Compares in constant time, so the key cannot be guessed from response times. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(key, presented.getBytes(StandardCharsets.UTF_8));
    }
}
