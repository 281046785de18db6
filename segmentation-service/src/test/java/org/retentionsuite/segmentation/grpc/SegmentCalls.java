package org.retentionsuite.segmentation.grpc;

import org.retentionsuite.proto.segmentation.v1.SegmentRule;

import java.util.List;

/** Segment rules as a test writes them. */
public final class SegmentCalls {

    private SegmentCalls() {
    }

    public static SegmentRule all(SegmentRule... rules) {
        return SegmentRule.newBuilder().addAllAll(List.of(rules)).build();
    }

    public static SegmentRule any(SegmentRule... rules) {
        return SegmentRule.newBuilder().addAllAny(List.of(rules)).build();
    }

    public static SegmentRule when(String field, String operator, String... values) {
        return SegmentRule.newBuilder().setField(field).setOperator(operator).addAllValues(List.of(values)).build();
    }

    public static SegmentRule within(int days, String field, String operator, String... values) {
        return when(field, operator, values).toBuilder().setWithinDays(days).build();
    }
}
