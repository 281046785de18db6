package org.retentionsuite.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A single-use invitation token: 256 random bits, URL-safe. Only its SHA-256 is stored; a plain
 * hash suffices because the token is random and long, so it cannot be guessed from the hash.
 */
public record InvitationToken(String value, byte[] hash) {

    static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static InvitationToken generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new InvitationToken(value, hashOf(value));
    }

    public static byte[] hashOf(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
