package org.retentionsuite.loyalty.domain;

import java.security.SecureRandom;

/** Coupon codes: 60 random bits in Crockford's base 32 (no I, L, O, U), easy to read out at a till. */
public final class CouponCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CouponCode() {
    }

    /** For example {@code RS-7KQ2-M9XD-4TGA}. */
    public static String next() {
        StringBuilder code = new StringBuilder("RS");
        for (int group = 0; group < 3; group++) {
            code.append('-');
            for (int i = 0; i < 4; i++) {
                code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return code.toString();
    }
}
