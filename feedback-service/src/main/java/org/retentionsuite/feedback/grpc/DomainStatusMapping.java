package org.retentionsuite.feedback.grpc;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.retentionsuite.feedback.domain.FailedPreconditionException;
import org.retentionsuite.feedback.domain.InvalidRequestException;
import org.retentionsuite.feedback.domain.NotFoundException;

/**
 * The one mapping from domain exceptions to gRPC status. Invalid requests carry a
 * {@code google.rpc.BadRequest} detail naming each field; anything unexpected is logged here and
 * answered INTERNAL without internals.
 */
@ApplicationScoped
public class DomainStatusMapping implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(DomainStatusMapping.class);

    @Override
    public Throwable transform(Throwable failure) {
        return toStatusException(failure);
    }

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
            ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<ReqT, RespT> serverCall, Metadata headers) {
                StatusException status = toStatusException(failure);
                Metadata trailers = status.getTrailers() != null ? status.getTrailers() : new Metadata();
                serverCall.close(status.getStatus(), trailers);
            }
        };
    }

    static StatusException toStatusException(Throwable failure) {
        if (failure instanceof StatusException status) {
            return status;
        }
        if (failure instanceof StatusRuntimeException status) {
            return new StatusException(status.getStatus(), status.getTrailers());
        }
        if (failure instanceof InvalidRequestException invalid) {
            return invalidArgument(invalid);
        }
        if (failure instanceof NotFoundException) {
            return Status.NOT_FOUND.withDescription(failure.getMessage()).asException();
        }
        if (failure instanceof FailedPreconditionException) {
            return Status.FAILED_PRECONDITION.withDescription(failure.getMessage()).asException();
        }
        LOG.error("unexpected failure of a gRPC call", failure);
        return Status.INTERNAL.withDescription("internal error").asException();
    }

    private static StatusException invalidArgument(InvalidRequestException invalid) {
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        invalid.violations().forEach(v -> badRequest.addFieldViolations(
                BadRequest.FieldViolation.newBuilder().setField(v.field()).setDescription(v.description())));
        return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(invalid.getMessage())
                .addDetails(Any.pack(badRequest.build()))
                .build());
    }
}
