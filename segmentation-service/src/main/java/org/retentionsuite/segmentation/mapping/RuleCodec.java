package org.retentionsuite.segmentation.mapping;

import com.google.protobuf.InvalidProtocolBufferException;
import jakarta.enterprise.context.ApplicationScoped;
import org.retentionsuite.segmentation.domain.segment.RuleSpec;

/** Segment rules to and from the contract's SegmentRule message: on the wire and as stored. */
@ApplicationScoped
public class RuleCodec {

    public RuleSpec toSpec(org.retentionsuite.proto.segmentation.v1.SegmentRule rule) {
        return new RuleSpec(rule.getAllList().stream().map(this::toSpec).toList(),
                rule.getAnyList().stream().map(this::toSpec).toList(),
                rule.getField(), rule.getOperator(), rule.getValuesList(), rule.getWithinDays());
    }

    public org.retentionsuite.proto.segmentation.v1.SegmentRule toProto(RuleSpec spec) {
        return org.retentionsuite.proto.segmentation.v1.SegmentRule.newBuilder()
                .addAllAll(spec.all().stream().map(this::toProto).toList())
                .addAllAny(spec.any().stream().map(this::toProto).toList())
                .setField(spec.field())
                .setOperator(spec.operator())
                .addAllValues(spec.values())
                .setWithinDays(spec.withinDays())
                .build();
    }

    public byte[] encode(RuleSpec spec) {
        return toProto(spec).toByteArray();
    }

    public RuleSpec decode(byte[] stored) {
        try {
            return toSpec(org.retentionsuite.proto.segmentation.v1.SegmentRule.parseFrom(stored));
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a stored segment rule is unreadable", e);
        }
    }
}
