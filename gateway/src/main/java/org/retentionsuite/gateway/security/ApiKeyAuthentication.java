package org.retentionsuite.gateway.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.retentionsuite.gateway.error.ProblemResponses;
import org.retentionsuite.gateway.error.ProblemType;

/**
 * Every call of the API carries {@code Authorization: Bearer <api key>}; roles arrive with the security
 * issue. The one exception is a respondent submitting a survey response: the invitation's token in
 * the body is the credential there.
 */
public class ApiKeyAuthentication {

    private static final String BEARER = "Bearer ";
    private static final String RESPONSES = "/api/v1/responses";

    private final AdminApiKey adminApiKey;

    public ApiKeyAuthentication(AdminApiKey adminApiKey) {
        this.adminApiKey = adminApiKey;
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || isResponseSubmission(request, path)) {
            return null;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("send an API key as Authorization: Bearer <key>", path);
        }
        if (!adminApiKey.matches(authorization.substring(BEARER.length()).strip())) {
            return unauthorized("the API key is not valid", path);
        }
        return null;
    }

    // Exactly POST on the exact path: no prefix, so nothing else under /api/ becomes public by accident.
    private static boolean isResponseSubmission(ContainerRequestContext request, String path) {
        return "POST".equals(request.getMethod()) && RESPONSES.equals(path);
    }

    private static Response unauthorized(String detail, String path) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, detail, path);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }
}
