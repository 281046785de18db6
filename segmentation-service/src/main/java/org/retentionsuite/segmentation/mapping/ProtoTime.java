package org.retentionsuite.segmentation.mapping;

import com.google.protobuf.Timestamp;

import java.time.Instant;

/** Instants as google.protobuf.Timestamp. */
final class ProtoTime {

    private ProtoTime() {
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }
}
