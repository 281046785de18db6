package org.retentionsuite.gateway.error;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.protobuf.StatusProto;
import org.jboss.logging.Logger;
import org.retentionsuite.gateway.client.DownstreamException;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A FAILED_PRECONDITION says why in a {@code google.rpc.ErrorInfo} reason ({@code NOT_ENOUGH_POINTS});
 * each known reason has its own problem type of the same name, anything else is a plain conflict.
 */
final class ServiceRefusals {

    private static final Logger LOG = Logger.getLogger(ServiceRefusals.class);

    private static final Map<String, ProblemType> BY_REASON = EnumSet.of(
                    ProblemType.NOT_ENOUGH_POINTS, ProblemType.OUT_OF_STOCK, ProblemType.REWARD_NOT_AVAILABLE,
                    ProblemType.MEMBER_LIMIT_REACHED, ProblemType.RESERVATION_EXPIRED, ProblemType.REDEMPTION_NOT_OPEN,
                    ProblemType.MEMBER_SUSPENDED, ProblemType.RETURN_EXCEEDS_ORDER, ProblemType.IDEMPOTENCY_KEY_REUSED,
                    ProblemType.SELF_REFERRAL, ProblemType.REFERRAL_LIMIT_REACHED)
            .stream().collect(Collectors.toUnmodifiableMap(Enum::name, Function.identity()));

    private ServiceRefusals() {
    }

    static ProblemType problemType(DownstreamException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e.failure());
        if (status == null) {
            return ProblemType.CONFLICT;
        }
        for (Any detail : status.getDetailsList()) {
            if (detail.is(ErrorInfo.class)) {
                try {
                    ProblemType type = BY_REASON.get(detail.unpack(ErrorInfo.class).getReason());
                    if (type != null) {
                        return type;
                    }
                } catch (InvalidProtocolBufferException unreadable) {
                    LOG.warn("unreadable ErrorInfo detail from the " + e.service() + " service", unreadable);
                }
            }
        }
        return ProblemType.CONFLICT;
    }
}
