package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds the error responses every operation can give to the OpenAPI document, each an
 * {@code application/problem+json} document with an example; the types are listed at {@code /problems}.
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", new String[] {"invalid-request", "The request is not valid", "amount.currency must not be blank"});
        ERRORS.put("401", new String[] {"unauthorized", "Credentials are missing or not valid",
                "send an API key or a member token as Authorization: Bearer <credential>"});
        ERRORS.put("403", new String[] {"forbidden", "The credentials do not allow this request",
                "a member token opens only its own customer's data"});
        ERRORS.put("404", new String[] {"not-found", "Not found", "no programme 6f1c...: not found"});
        ERRORS.put("429", new String[] {"rate-limited", "Too many requests for this API key",
                "this API key may send 20.0 requests per second (bursts of 40); try again in 1 s"});
        ERRORS.put("503", new String[] {"service-unavailable", "A service is unavailable",
                "the loyalty service is unavailable; try again later"});
        ERRORS.put("504", new String[] {"service-timeout", "A service did not answer in time",
                "the loyalty service did not answer within the gateway's deadline"});
    }

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String[]> error : ERRORS.entrySet()) {
            if (responses.hasAPIResponse(error.getKey())) {
                continue;
            }
            String[] problem = error.getValue();
            Example example = OASFactory.createExample().value(Map.of("type", "/problems/" + problem[0], "title", problem[1],
                    "status", Integer.parseInt(error.getKey()), "detail", problem[2], "requestId", "3f1e2d7c-9b1a-4c55-8a0e-5d2b7c1e9f00"));
            MediaType json = OASFactory.createMediaType().addExample(problem[0], example);
            Content content = OASFactory.createContent().addMediaType("application/problem+json", json);
            APIResponse response = OASFactory.createAPIResponse().description(problem[1] + " (see /problems/" + problem[0] + ")")
                    .content(content);
            responses.addAPIResponse(error.getKey(), response);
        }
        return operation;
    }
}
