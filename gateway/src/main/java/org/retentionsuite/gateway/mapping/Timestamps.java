package org.retentionsuite.gateway.mapping;

import com.google.protobuf.Timestamp;

import java.time.Instant;

/** {@code google.protobuf.Timestamp} and {@link Instant}; an unset timestamp is null. */
final class Timestamps {

    private Timestamps() {
    }

    static Instant toInstant(boolean present, Timestamp timestamp) {
        return present ? Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()) : null;
    }

    static Timestamp toTimestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** Proto strings are never null; the API says null for "not given". */
    static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
