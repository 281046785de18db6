package org.retentionsuite.gateway.error;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.protobuf.StatusProto;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.retentionsuite.gateway.client.CircuitOpenException;
import org.retentionsuite.gateway.client.DownstreamException;

import java.util.ArrayList;
import java.util.List;

/** The one mapping from a service's gRPC status to an HTTP problem. */
final class DownstreamProblems {

    private static final Logger LOG = Logger.getLogger(DownstreamProblems.class);

    private DownstreamProblems() {
    }

    static Response toResponse(DownstreamException e, String instance) {
        if (e instanceof CircuitOpenException open) {
            long seconds = Math.max(1, (open.retryAfter().toMillis() + 999) / 1000);
            Response problem = ProblemResponses.of(ProblemType.CIRCUIT_OPEN, "the " + e.service()
                    + " service failed repeatedly; the gateway stops calling it for " + seconds + " s; try again later", instance);
            return ProblemResponses.retryAfter(problem, seconds);
        }
        String description = e.status().getDescription();
        String service = e.service();
        return switch (e.status().getCode()) {
            case INVALID_ARGUMENT -> ProblemResponses.of(ProblemType.INVALID_REQUEST,
                    description == null ? "the request is not valid" : description, instance, fieldErrors(e));
            case OUT_OF_RANGE -> ProblemResponses.of(ProblemType.INVALID_REQUEST,
                    description == null ? "a value is out of range" : description, instance, fieldErrors(e));
            case NOT_FOUND -> ProblemResponses.of(ProblemType.NOT_FOUND, description, instance);
            case ALREADY_EXISTS -> ProblemResponses.of(ProblemType.CONFLICT, description, instance);
            case FAILED_PRECONDITION -> ProblemResponses.of(ServiceRefusals.problemType(e), description, instance);
            case ABORTED -> ProblemResponses.of(ProblemType.REQUEST_IN_FLIGHT, description, instance);
            case UNAVAILABLE -> ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "the " + service + " service is unavailable; try again later", instance);
            // The service refused the call at once, having done nothing: worth a retry shortly.
            case RESOURCE_EXHAUSTED -> ProblemResponses.retryAfter(ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE,
                    "the " + service + " service is overloaded; try again later", instance), 1);
            case UNIMPLEMENTED -> ProblemResponses.of(ProblemType.NOT_IMPLEMENTED,
                    "the " + service + " service does not offer this yet", instance);
            case DEADLINE_EXCEEDED -> ProblemResponses.of(ProblemType.SERVICE_TIMEOUT,
                    "the " + service + " service did not answer within the gateway's deadline", instance);
            default -> {
                LOG.errorf("the %s service failed: %s %s", service, e.status().getCode(), description);
                yield ProblemResponses.of(ProblemType.SERVICE_FAILURE, "the " + service + " service failed", instance);
            }
        };
    }

    private static List<Problem.FieldError> fieldErrors(DownstreamException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e.failure());
        if (status == null) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Any detail : status.getDetailsList()) {
            if (detail.is(BadRequest.class)) {
                try {
                    detail.unpack(BadRequest.class).getFieldViolationsList().forEach(v ->
                            errors.add(new Problem.FieldError(FieldNames.toJsonPath(v.getField()), v.getDescription())));
                } catch (InvalidProtocolBufferException unreadable) {
                    LOG.warn("unreadable BadRequest detail from the " + e.service() + " service", unreadable);
                }
            }
        }
        return errors;
    }
}
