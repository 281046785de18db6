package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.ResponseReceipt;
import org.retentionsuite.gateway.api.ResponseSubmission;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.FeedbackMapping;
import org.retentionsuite.gateway.security.AnonymousRateLimited;

/** Respondents answer here with their invitation's token, which is the credential: no API key. */
@Path("/api/v1/responses")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponseResource {

    private final FeedbackClient feedback;
    private final FeedbackMapping mapping;

    public ResponseResource(FeedbackClient feedback, FeedbackMapping mapping) {
        this.feedback = feedback;
        this.mapping = mapping;
    }

    @PermitAll
    @AnonymousRateLimited
    @POST
    public Uni<RestResponse<ResponseReceipt>> submit(@NotNull(message = "is required") @Valid ResponseSubmission submission) {
        return feedback.submitResponse(mapping.toRequest(submission))
                .map(mapping::toView)
                .map(receipt -> RestResponse.status(RestResponse.Status.CREATED, receipt));
    }
}
