package org.retentionsuite.gateway.client;

import io.grpc.StatusRuntimeException;
import io.grpc.stub.AbstractStub;
import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** One call to a service: with the configured deadline, and its failure named after the service. */
final class DownstreamCall {

    private DownstreamCall() {
    }

    static <S extends AbstractStub<S>, T> Uni<T> call(String service, S stub, Duration deadline,
            Function<S, Uni<T>> rpc) {
        return Uni.createFrom().deferred(() -> rpc.apply(stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)))
                .onFailure(StatusRuntimeException.class)
                .transform(failure -> new DownstreamException(service, (StatusRuntimeException) failure));
    }
}
