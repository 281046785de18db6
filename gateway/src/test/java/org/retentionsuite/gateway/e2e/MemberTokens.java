package org.retentionsuite.gateway.e2e;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Signs member tokens as the test identity provider would (src/test/resources/member-tokens). */
public final class MemberTokens {

    public static final String ISSUER = "https://id.test-shop.example";

    private MemberTokens() {
    }

    public static String valid(String customerId) {
        return sign(claims(ISSUER, customerId, 10), "private.pem");
    }

    public static String expired(String customerId) {
        return sign(claims(ISSUER, customerId, -10), "private.pem");
    }

    public static String ofAnotherIssuer(String customerId) {
        return sign(claims("https://id.elsewhere.example", customerId, 10), "private.pem");
    }

    public static String signedByAnotherKey(String customerId) {
        return sign(claims(ISSUER, customerId, 10), "other-private.pem");
    }

    private static JwtClaims claims(String issuer, String customerId, int expiresInMinutes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(customerId);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(expiresInMinutes);
        return claims;
    }

    private static String sign(JwtClaims claims, String keyFile) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(privateKey(keyFile));
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey privateKey(String file) {
        try {
            String pem = Files.readString(Path.of("src/test/resources/member-tokens", file));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").strip());
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
