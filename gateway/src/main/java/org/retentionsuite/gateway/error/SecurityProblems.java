package org.retentionsuite.gateway.error;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 without valid credentials, 403 with credentials whose role or customer does not fit; as problems. */
public class SecurityProblems {

    private static final String MISSING = "send an API key or a member token as Authorization: Bearer <credential>";

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(MISSING, uri);
    }

    @ServerExceptionMapper
    public Response refusedCredential(AuthenticationFailedException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? MISSING : e.getMessage();
        return unauthorized(detail, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "the role of these credentials may not call " + uri.getPath()
                : e.getMessage();
        return ProblemResponses.of(ProblemType.FORBIDDEN, detail, uri.getPath());
    }

    private static Response unauthorized(String detail, UriInfo uri) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, detail, uri.getPath());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
