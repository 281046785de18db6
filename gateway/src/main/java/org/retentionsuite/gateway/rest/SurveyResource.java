package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.SurveyCreation;
import org.retentionsuite.gateway.api.SurveyView;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.FeedbackMapping;

@Path("/api/v1/surveys")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final FeedbackClient feedback;
    private final FeedbackMapping mapping;

    public SurveyResource(FeedbackClient feedback, FeedbackMapping mapping) {
        this.feedback = feedback;
        this.mapping = mapping;
    }

    @POST
    public Uni<RestResponse<SurveyView>> create(@NotNull(message = "is required") @Valid SurveyCreation survey) {
        return feedback.createSurvey(mapping.toRequest(survey))
                .map(mapping::toView)
                .map(created -> Created.at("/api/v1/surveys/" + created.id(), created));
    }

    @GET
    @Path("/{surveyId}")
    public Uni<SurveyView> get(@PathParam("surveyId") String surveyId) {
        return feedback.getSurvey(surveyId).map(mapping::toView);
    }
}
