package org.retentionsuite.gateway.security;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.gateway.config.GatewayConfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys the gateway accepts, known only by their SHA-256: {@code RETENTION_API_KEYS} lists
 * {@code name:role:sha256hex} entries. {@code RETENTION_ADMIN_API_KEY} (the local runner's and the
 * tests' key) is hashed at start and kept as an admin key named "admin"; with no key configured at
 * all, an admin key is generated once and logged.
 */
@ApplicationScoped
@Startup
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final Pattern ENTRY = Pattern.compile("([A-Za-z0-9._-]{1,64}):([a-z]+):([0-9a-fA-F]{64})");

    /** Who presented a key: the key's name and its role. */
    public record Caller(String name, String role) {
    }

    private final Map<String, Caller> byHash = new HashMap<>();

    @jakarta.inject.Inject
    public ApiKeys(SecurityConfig security, GatewayConfig gateway) {
        this(security.apiKeys().orElse(List.of()), gateway.adminApiKey());
    }

    ApiKeys(List<String> entries, Optional<String> adminKey) {
        for (String entry : entries) {
            add(entry.strip());
        }
        Optional<String> admin = adminKey.filter(k -> !k.isBlank());
        if (admin.isEmpty() && byHash.isEmpty()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            admin = Optional.of("rsk_" + HexFormat.of().formatHex(random));
            LOG.warnf("No API key configured (RETENTION_API_KEYS, RETENTION_ADMIN_API_KEY); generated an admin key "
                    + "for this run: %s", admin.get());
        }
        admin.ifPresent(key -> byHash.put(sha256(key), new Caller("admin", Roles.ADMIN)));
    }

    /** The caller a presented key belongs to. Compares hashes, so response times say nothing about the key. */
    public Optional<Caller> find(String presented) {
        return Optional.ofNullable(byHash.get(sha256(presented)));
    }

    public static String sha256(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private void add(String entry) {
        var match = ENTRY.matcher(entry);
        if (!match.matches()) {
            throw new IllegalStateException("RETENTION_API_KEYS: an entry is not name:role:sha256hex (64 hex digits): "
                    + entry.replaceAll("[0-9a-fA-F]{16,}", "<hash>"));
        }
        String role = match.group(2);
        if (!Roles.KEY_ROLES.contains(role)) {
            throw new IllegalStateException("RETENTION_API_KEYS: the key " + match.group(1) + " has the role " + role
                    + "; a key's role is one of " + Roles.KEY_ROLES);
        }
        Caller previous = byHash.put(match.group(3).toLowerCase(), new Caller(match.group(1), role));
        if (previous != null) {
            throw new IllegalStateException("RETENTION_API_KEYS: the keys " + previous.name() + " and " + match.group(1)
                    + " are the same key");
        }
    }
}
