package org.retentionsuite.feedback.domain;

import java.util.UUID;

/** What replaces a forgotten customer's id: random, so that nothing links it back to them. */
public final class Pseudonym {

    public static final String PREFIX = "forgotten-";

    private Pseudonym() {
    }

    public static String next() {
        return PREFIX + UUID.randomUUID();
    }
}
