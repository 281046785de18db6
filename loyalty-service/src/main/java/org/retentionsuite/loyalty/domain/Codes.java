package org.retentionsuite.loyalty.domain;

import java.security.SecureRandom;

/**
 * Codes people read out or type: coupon codes (60 random bits) and referral codes (40 random
 * bits), in Crockford's base 32 (no I, L, O, U).
 */
public final class Codes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Codes() {
    }

    /** A coupon code, for example {@code RS-7KQ2-M9XD-4TGA}. */
    public static String couponCode() {
        return "RS-" + randomChars(4) + "-" + randomChars(4) + "-" + randomChars(4);
    }

    /** A referral code, for example {@code 7KQ2M9XD}. */
    public static String referralCode() {
        return randomChars(8);
    }

    private static String randomChars(int length) {
        StringBuilder chars = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            chars.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return chars.toString();
    }
}
