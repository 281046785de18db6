package org.retentionsuite.loyalty.grpc;

import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Does not start a call whose deadline passed while it waited for a worker thread: under a burst,
 * that queue would otherwise be worked off to its end, each call holding a database connection and
 * locks for an answer its caller no longer waits for, while the calls behind it miss their deadlines
 * as well. Such a call is answered DEADLINE_EXCEEDED and changes nothing.
 *
 * <p>The deadline is read from the call's {@code grpc-timeout} header when it arrives: the Vert.x
 * gRPC server Quarkus runs on does not cancel the call's context at its deadline, nor tell a unary
 * call that its caller went away. The check runs on the worker thread, at the moment the call would
 * start; a call already started runs to its end, and its transaction commits or rolls back whole.
 */
@GlobalInterceptor
@ApplicationScoped
public class AbandonedCallShedding implements ServerInterceptor {

    static final Metadata.Key<String> TIMEOUT = Metadata.Key.of("grpc-timeout", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        OptionalLong timeout = timeoutNanos(headers.get(TIMEOUT));
        ServerCall.Listener<Q> listener = next.startCall(call, headers);
        if (timeout.isEmpty()) {
            return listener;
        }
        long deadline = System.nanoTime() + timeout.getAsLong();
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            private boolean shed;

            @Override
            public void onMessage(Q message) {
                if (!shed) {
                    super.onMessage(message);
                }
            }

            @Override
            public void onHalfClose() {
                if (System.nanoTime() - deadline >= 0) {
                    shed = true;
                    call.close(Status.DEADLINE_EXCEEDED.withDescription(
                            "the deadline passed while the call waited to start; nothing was done"), new Metadata());
                    return;
                }
                super.onHalfClose();
            }
        };
    }

    /** A {@code grpc-timeout} value: up to 8 digits and a unit (H, M, S, m, u, n); empty when absent or malformed. */
    static OptionalLong timeoutNanos(String value) {
        if (value == null || value.length() < 2 || value.length() > 9) {
            return OptionalLong.empty();
        }
        long amount;
        try {
            amount = Long.parseLong(value.substring(0, value.length() - 1));
        } catch (NumberFormatException malformed) {
            return OptionalLong.empty();
        }
        TimeUnit unit = switch (value.charAt(value.length() - 1)) {
            case 'H' -> TimeUnit.HOURS;
            case 'M' -> TimeUnit.MINUTES;
            case 'S' -> TimeUnit.SECONDS;
            case 'm' -> TimeUnit.MILLISECONDS;
            case 'u' -> TimeUnit.MICROSECONDS;
            case 'n' -> TimeUnit.NANOSECONDS;
            default -> null;
        };
        return unit == null || amount < 0 ? OptionalLong.empty() : OptionalLong.of(unit.toNanos(amount));
    }
}
