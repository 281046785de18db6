package org.retentionsuite.gateway.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.retentionsuite.gateway.client.DownstreamException;

import java.util.Comparator;
import java.util.List;

/** Every failure of a request becomes a problem document here; no stack trace ever leaves the gateway. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response downstream(DownstreamException e, UriInfo uri) {
        return DownstreamProblems.toResponse(e, uri.getPath());
    }

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(RequestPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, describe(errors), uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, describe(e.errors()), uri.getPath(), e.errors());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(ProblemType.INVALID_REQUEST,
                "the body is not valid JSON: " + e.getOriginalMessage(), uri.getPath());
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(RequestPaths.of(e.getPath()), "is not a known field"));
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, describe(errors), uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = RequestPaths.of(e.getPath());
        if (field.isEmpty()) {
            return ProblemResponses.of(ProblemType.INVALID_REQUEST,
                    "the body must be " + ExpectedTypes.describe(e.getTargetType()), uri.getPath());
        }
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, "must be " + ExpectedTypes.describe(e.getTargetType())));
        return ProblemResponses.of(ProblemType.INVALID_REQUEST, describe(errors), uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return wrongType(mismatch, uri);
        }
        String field = RequestPaths.of(e.getPath());
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, "is not valid"));
        return ProblemResponses.of(ProblemType.INVALID_REQUEST,
                field.isEmpty() ? "the body is not a valid document" : describe(errors), uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, Request request) {
        // The JSON reader reports some parse failures (a truncated body) wrapped in a 400.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        return switch (status) {
            case 404 -> ProblemResponses.of(ProblemType.NOT_FOUND, "there is no resource at " + uri.getPath(), uri.getPath());
            case 405 -> methodNotAllowed(e.getResponse(), request.getMethod(), uri.getPath());
            case 406 -> ProblemResponses.of(ProblemType.NOT_ACCEPTABLE, "this resource answers application/json", uri.getPath());
            case 415 -> ProblemResponses.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json", uri.getPath());
            default -> {
                if (status >= 500) {
                    LOG.error("request failed", e);
                    yield ProblemResponses.of(ProblemType.INTERNAL_ERROR, "the gateway failed to answer", uri.getPath());
                }
                yield ProblemResponses.of(ProblemType.INVALID_REQUEST, "the request is not valid", uri.getPath());
            }
        };
    }

    /** Names the method refused, and the allowed ones (also as the Allow header) when the refusal carries them. */
    private static Response methodNotAllowed(Response refused, String method, String path) {
        String allowed = refused.getHeaderString(HttpHeaders.ALLOW);
        String detail = method + " is not allowed on " + path + (allowed == null || allowed.isBlank() ? "" : "; allowed: " + allowed);
        Response problem = ProblemResponses.of(ProblemType.METHOD_NOT_ALLOWED, detail, path);
        return allowed == null || allowed.isBlank() ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("unexpected failure", e);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR, "the gateway failed to answer", uri.getPath());
    }

    private static String describe(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are not valid";
    }
}
