package org.retentionsuite.loyalty.mapping;

import com.google.protobuf.Timestamp;
import org.retentionsuite.loyalty.domain.Balance;

import java.time.Instant;

/** Conversions every loyalty message shares: instants and balances. */
final class ProtoValues {

    private ProtoValues() {
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    /** An unset timestamp is "not given". */
    static Instant instantOrNull(boolean present, Timestamp timestamp) {
        return present ? Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()) : null;
    }

    static org.retentionsuite.proto.loyalty.v1.Balance balance(Balance balance) {
        return org.retentionsuite.proto.loyalty.v1.Balance.newBuilder()
                .setActive(balance.active())
                .setPending(balance.pending())
                .setReserved(balance.reserved())
                .setLifetimeEarned(balance.lifetimeEarned())
                .setLifetimeSpent(balance.lifetimeSpent())
                .setExpired(balance.expired())
                .setDebt(balance.debt())
                .build();
    }

    /** The domain enum named like the proto enum without its prefix; null for UNSPECIFIED or unknown values. */
    static <E extends Enum<E>> E domainEnum(Class<E> type, Enum<?> proto, String prefix) {
        String name = proto.name();
        if (!name.startsWith(prefix) || name.endsWith("_UNSPECIFIED") || "UNRECOGNIZED".equals(name)) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.substring(prefix.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
