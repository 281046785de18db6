package org.retentionsuite.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * Member tokens: JWTs signed by the business's identity provider (RS256 or ES256, with the configured
 * issuer, not expired) whose customer claim ({@code sub} unless configured) names the customer.
 */
@ApplicationScoped
public class MemberTokens {

    private final JwtConsumer consumer;
    private final String customerClaim;

    public MemberTokens(SecurityConfig config) {
        SecurityConfig.MemberTokens tokens = config.memberTokens();
        this.customerClaim = tokens.customerClaim();
        Optional<String> pem = tokens.publicKey().filter(k -> !k.isBlank()).or(() -> tokens.publicKeyFile().map(file -> {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("retention.security.member-tokens.public-key-file: cannot read " + file, e);
            }
        }));
        if (tokens.issuer().isEmpty() || pem.isEmpty()) {
            this.consumer = null;
            return;
        }
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setExpectedIssuer(tokens.issuer().get())
                .setVerificationKey(publicKey(pem.get()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30);
        tokens.audience().ifPresentOrElse(builder::setExpectedAudience, builder::setSkipDefaultAudienceValidation);
        this.consumer = builder.build();
    }

    /** The customer a valid token names; a {@link InvalidMemberToken} says why a token is refused. */
    public String customerId(String jwt) {
        if (consumer == null) {
            throw new InvalidMemberToken("member tokens are not accepted: no identity provider is configured");
        }
        try {
            JwtClaims claims = consumer.processToClaims(jwt);
            Object customer = claims.getClaimValue(customerClaim);
            if (!(customer instanceof String id) || id.isBlank()) {
                throw new InvalidMemberToken("the member token has no " + customerClaim + " claim naming the customer");
            }
            return id;
        } catch (InvalidJwtException e) {
            throw new InvalidMemberToken(e.hasExpired() ? "the member token has expired" : "the member token is not valid");
        }
    }

    private static PublicKey publicKey(String pem) {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").strip());
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisKind) {
                // tried with the next algorithm
            }
        }
        throw new IllegalStateException("retention.security.member-tokens.public-key is not an RSA or EC public key in PEM");
    }

    /** Why a member token is refused; answered 401. */
    public static class InvalidMemberToken extends RuntimeException {
        public InvalidMemberToken(String message) {
            super(message, null, false, false);
        }
    }
}
