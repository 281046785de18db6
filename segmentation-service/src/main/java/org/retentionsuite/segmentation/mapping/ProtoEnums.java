package org.retentionsuite.segmentation.mapping;

/** Contract enums are the domain's names with a prefix ({@code RFM_SEGMENT_CHAMPIONS} is {@code CHAMPIONS}). */
final class ProtoEnums {

    private ProtoEnums() {
    }

    /** Unspecified and unknown (newer) values are null: the domain refuses or defaults them. */
    static <E extends Enum<E>> E toDomain(Class<E> type, Enum<?> proto, String prefix) {
        String name = proto.name();
        if (!name.startsWith(prefix) || name.endsWith("_UNSPECIFIED")) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.substring(prefix.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static <P extends Enum<P>> P toProto(Class<P> type, Enum<?> domain, String prefix) {
        return Enum.valueOf(type, prefix + domain.name());
    }
}
