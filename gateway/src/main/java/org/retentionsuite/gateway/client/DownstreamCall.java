package org.retentionsuite.gateway.client;

import io.grpc.Deadline;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.grpc.stub.MetadataUtils;
import io.quarkus.arc.Arc;
import io.smallrye.mutiny.Uni;
import org.retentionsuite.gateway.observability.RequestId;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One call to a service: within the configured deadline (retries included), with the request id in
 * the metadata, retried on UNAVAILABLE only when repeating it is safe (see {@link RepeatSafety}),
 * guarded by the service's circuit breaker, and its failure named after the service.
 */
final class DownstreamCall {

    /** Answers that say the service is in trouble; every other answer shows it working. */
    private static final Set<Status.Code> SERVICE_FAILURES = EnumSet.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.INTERNAL, Status.Code.UNKNOWN, Status.Code.RESOURCE_EXHAUSTED);
    private static final Metadata.Key<String> REQUEST_ID = Metadata.Key.of(RequestId.METADATA, Metadata.ASCII_STRING_MARSHALLER);

    private DownstreamCall() {
    }

    static <S extends AbstractStub<S>, T> Uni<T> call(String service, S stub, Duration deadline,
            Function<S, Uni<T>> rpc) {
        // The clients create no beans of their own per call; the guards are looked up once per call.
        ServiceGuards guards = Arc.container().instance(ServiceGuards.class).get();
        CircuitBreaker breaker = guards.breaker(service);
        ResilienceConfig config = guards.config();
        S withRequestId = withRequestId(stub, RequestId.current());
        return Uni.createFrom().deferred(() -> {
            Deadline until = Deadline.after(deadline.toMillis(), TimeUnit.MILLISECONDS);
            RepeatSafety safety = new RepeatSafety();
            Uni<T> attempt = Uni.createFrom().deferred(() -> attempt(service, breaker,
                    rpc.apply(withRequestId.withInterceptors(safety).withDeadline(until))))
                    .onFailure(DownstreamCall::isUnavailable).invoke(unavailable -> reconnectNow(stub));
            if (config.retries() < 1) {
                return attempt;
            }
            Duration backoff = config.retryBackoff();
            return attempt.onFailure(failure -> safety.safe() && isUnavailable(failure)
                            && until.timeRemaining(TimeUnit.MILLISECONDS) > 2 * backoff.toMillis())
                    .retry().withBackOff(backoff, deadline).withJitter(0.5).atMost(config.retries());
        }).onFailure(StatusRuntimeException.class)
                .transform(failure -> new DownstreamException(service, (StatusRuntimeException) failure));
    }

    private static <T> Uni<T> attempt(String service, CircuitBreaker breaker, Uni<T> call) {
        if (!breaker.tryAcquire()) {
            return Uni.createFrom().failure(new CircuitOpenException(service, breaker.retryAfter()));
        }
        return call.onTermination().invoke((item, failure, cancelled) -> {
            if (cancelled) {
                breaker.onAbandoned();
            } else if (failure instanceof StatusRuntimeException status && SERVICE_FAILURES.contains(status.getStatus().getCode())) {
                breaker.onFailure();
            } else {
                breaker.onSuccess();
            }
        });
    }

    /**
     * After UNAVAILABLE the channel reconnects on its own, but only after an exponential back-off
     * that grows with each failed attempt while the service was down (to 17 s and more after a
     * restart of a few seconds): calls in the meantime fail at once. The next call should find the
     * service as soon as it is back, so the back-off is reset; the circuit breaker already limits
     * how often calls, and so reconnects, are tried while it is down.
     */
    private static void reconnectNow(AbstractStub<?> stub) {
        if (stub.getChannel() instanceof ManagedChannel channel) {
            channel.resetConnectBackoff();
        }
    }

    private static boolean isUnavailable(Throwable failure) {
        return failure instanceof StatusRuntimeException status && status.getStatus().getCode() == Status.Code.UNAVAILABLE;
    }

    private static <S extends AbstractStub<S>> S withRequestId(S stub, String requestId) {
        if (requestId == null) {
            return stub;
        }
        Metadata metadata = new Metadata();
        metadata.put(REQUEST_ID, requestId);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata));
    }
}
