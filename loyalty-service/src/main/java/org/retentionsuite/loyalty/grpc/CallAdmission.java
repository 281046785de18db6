package org.retentionsuite.loyalty.grpc;

import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;
import org.retentionsuite.loyalty.config.LoyaltyConfig;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the calls in progress: those running on a worker thread and those queued for one. A call
 * beyond the bound is answered RESOURCE_EXHAUSTED on arrival, before any of it runs, so it changes
 * nothing and its caller may retry it with back-off (with the same idempotency key, a retry of a
 * call that did get through replays its answer). Without the bound, calls arriving faster than they
 * are worked off queue in the heap until it runs out; with it, memory stays bounded and the calls
 * admitted keep their latency.
 *
 * <p>A call counts from its arrival until it is closed (answered, refused or failed), cancelled or
 * completed, whichever comes first; it is counted out once. It runs outside this service's other
 * interceptors (a higher priority), so a call they close, such as one {@link AbandonedCallShedding}
 * does not start, is closed through it and counted out.
 */
@GlobalInterceptor
@ApplicationScoped
public class CallAdmission implements ServerInterceptor, Prioritized {

    /** Above the default (0) of this service's other interceptors: called before them, closed through. */
    static final int PRIORITY = 100;

    private final int limit;
    private final AtomicInteger inProgress = new AtomicInteger();

    public CallAdmission(LoyaltyConfig config) {
        this.limit = config.calls().maxInProgress();
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (inProgress.incrementAndGet() > limit) {
            inProgress.decrementAndGet();
            call.close(Status.RESOURCE_EXHAUSTED.withDescription("the loyalty service has " + limit
                    + " calls in progress, its limit; nothing was done, retry with back-off"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
        AtomicBoolean counted = new AtomicBoolean(true);
        Runnable countOut = () -> {
            if (counted.compareAndSet(true, false)) {
                inProgress.decrementAndGet();
            }
        };
        ServerCall<Q, R> counting = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void close(Status status, Metadata trailers) {
                countOut.run();
                super.close(status, trailers);
            }
        };
        ServerCall.Listener<Q> listener;
        try {
            listener = next.startCall(counting, headers);
        } catch (RuntimeException failed) {
            countOut.run();
            throw failed;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
            @Override
            public void onCancel() {
                countOut.run();
                super.onCancel();
            }

            @Override
            public void onComplete() {
                countOut.run();
                super.onComplete();
            }
        };
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    /** Calls in progress now (for tests and diagnostics). */
    public int inProgress() {
        return inProgress.get();
    }
}
