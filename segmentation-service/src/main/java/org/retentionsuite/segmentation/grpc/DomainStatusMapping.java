package org.retentionsuite.segmentation.grpc;

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
import org.retentionsuite.segmentation.domain.FieldViolation;
import org.retentionsuite.segmentation.domain.InvalidRequestException;
import org.retentionsuite.segmentation.domain.NoActivityRecordedException;
import org.retentionsuite.segmentation.domain.clv.ClvNotFoundException;
import org.retentionsuite.segmentation.domain.clv.TooFewRepeatBuyersException;
import org.retentionsuite.segmentation.domain.NameTakenException;
import org.retentionsuite.segmentation.domain.playbook.PlaybookNotFoundException;
import org.retentionsuite.segmentation.domain.segment.SegmentNotFoundException;

import java.util.List;

/**
 * The one mapping from domain exceptions to gRPC status. Invalid requests carry a
 * {@code google.rpc.BadRequest} detail naming each field; anything unexpected is logged here and
 * answered INTERNAL without internals.
 */
@ApplicationScoped
public class DomainStatusMapping implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(DomainStatusMapping.class);
    /** Details travel in trailers, which peers cap (8 KiB by default): a big batch reports its first violations. */
    static final int MAX_REPORTED_VIOLATIONS = 25;

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
        if (failure instanceof TooFewRepeatBuyersException) {
            return Status.FAILED_PRECONDITION.withDescription(failure.getMessage()).asException();
        }
        if (failure instanceof SegmentNotFoundException || failure instanceof PlaybookNotFoundException) {
            return Status.NOT_FOUND.withDescription(failure.getMessage()).asException();
        }
        if (failure instanceof NameTakenException) {
            return Status.ALREADY_EXISTS.withDescription(failure.getMessage()).asException();
        }
        if (failure instanceof NoActivityRecordedException || failure instanceof ClvNotFoundException) {
            return Status.NOT_FOUND.withDescription(failure.getMessage()).asException();
        }
        LOG.error("unexpected failure of a gRPC call", failure);
        return Status.INTERNAL.withDescription("internal error").asException();
    }

    private static StatusException invalidArgument(InvalidRequestException invalid) {
        List<FieldViolation> violations = invalid.violations();
        List<FieldViolation> reported = violations.subList(0, Math.min(violations.size(), MAX_REPORTED_VIOLATIONS));
        BadRequest.Builder badRequest = BadRequest.newBuilder();
        reported.forEach(v -> badRequest.addFieldViolations(
                BadRequest.FieldViolation.newBuilder().setField(v.field()).setDescription(v.description())));
        String message = reported.size() == violations.size() ? invalid.getMessage()
                : "invalid request: " + violations.size() + " invalid fields, the first " + reported.size()
                        + " in the details";
        return StatusProto.toStatusException(com.google.rpc.Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(message)
                .addDetails(Any.pack(badRequest.build()))
                .build());
    }
}
