package org.retentionsuite.gateway.error;

import jakarta.ws.rs.core.Response;
import org.retentionsuite.gateway.observability.RequestId;

import java.util.List;

/** Builds {@code application/problem+json} responses. */
public final class ProblemResponses {

    public static final String PROBLEM_JSON = "application/problem+json";

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    public static Response of(ProblemType type, String detail, String instance, List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, instance, errors,
                RequestId.current());
        return Response.status(type.status()).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The same response, telling the caller to try again after {@code seconds}. */
    public static Response retryAfter(Response response, long seconds) {
        return Response.fromResponse(response).header("Retry-After", seconds).build();
    }
}
