package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.InvitationBatch;
import org.retentionsuite.gateway.api.InvitationResults;
import org.retentionsuite.gateway.api.SurveyCreation;
import org.retentionsuite.gateway.api.SurveyMetricsView;
import org.retentionsuite.gateway.api.SurveyView;
import org.retentionsuite.gateway.api.SurveyLinkView;
import org.retentionsuite.gateway.api.SurveyUpdate;
import org.retentionsuite.gateway.client.FeedbackClient;
import org.retentionsuite.gateway.mapping.FeedbackMapping;
import org.retentionsuite.gateway.mapping.SurveyMetricsMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/surveys")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final FeedbackClient feedback;
    private final FeedbackMapping mapping;
    private final SurveyMetricsMapping metricsMapping;

    public SurveyResource(FeedbackClient feedback, FeedbackMapping mapping, SurveyMetricsMapping metricsMapping) {
        this.feedback = feedback;
        this.mapping = mapping;
        this.metricsMapping = metricsMapping;
    }

    @POST
    public Uni<RestResponse<SurveyView>> create(@NotNull(message = "is required") @Valid SurveyCreation survey) {
        return feedback.createSurvey(mapping.toRequest(survey))
                .map(mapping::toView)
                .map(created -> Created.at("/api/v1/surveys/" + created.id(), created));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    @Path("/{surveyId}")
    public Uni<SurveyView> get(@PathParam("surveyId") String surveyId) {
        return feedback.getSurvey(surveyId).map(mapping::toView);
    }

    /** Replaces the survey's content; one that has been active gets a new version. */
    @PUT
    @Path("/{surveyId}")
    public Uni<SurveyView> update(@PathParam("surveyId") String surveyId,
            @NotNull(message = "is required") @Valid SurveyUpdate survey) {
        return feedback.updateSurvey(mapping.toRequest(surveyId, survey)).map(mapping::toView);
    }

    /** Gives the survey its anonymous public link ({@code /s/l/<slug>}), or returns the one it has. */
    @POST
    @Path("/{surveyId}/link")
    public Uni<SurveyLinkView> createLink(@PathParam("surveyId") String surveyId) {
        return feedback.createSurveyLink(surveyId).map(mapping::toView);
    }

    /** The public link with its views, starts and completed responses. */
    @GET
    @Path("/{surveyId}/link")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<SurveyLinkView> link(@PathParam("surveyId") String surveyId) {
        return feedback.getSurveyLink(surveyId).map(mapping::toView);
    }

    @POST
    @Path("/{surveyId}/activate")
    public Uni<SurveyView> activate(@PathParam("surveyId") String surveyId) {
        return feedback.activateSurvey(surveyId).map(mapping::toView);
    }

    @POST
    @Path("/{surveyId}/pause")
    public Uni<SurveyView> pause(@PathParam("surveyId") String surveyId) {
        return feedback.pauseSurvey(surveyId).map(mapping::toView);
    }

    @POST
    @Path("/{surveyId}/close")
    public Uni<SurveyView> close(@PathParam("surveyId") String surveyId) {
        return feedback.closeSurvey(surveyId).map(mapping::toView);
    }

    /** An {@code Idempotency-Key} makes a retry return the first result instead of throttling everyone. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/{surveyId}/invitations")
    public Uni<InvitationResults> invite(@PathParam("surveyId") String surveyId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid InvitationBatch batch) {
        return feedback.inviteCustomers(mapping.toRequest(surveyId, batch, idempotencyKey)).map(mapping::toView);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    @Path("/{surveyId}/metrics")
    public Uni<SurveyMetricsView> metrics(@PathParam("surveyId") String surveyId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("bucket") String bucket, @QueryParam("timeZone") String timeZone) {
        return Uni.createFrom().item(() -> metricsMapping.toRequest(surveyId, from, to, bucket, timeZone))
                .flatMap(feedback::getSurveyMetrics)
                .map(response -> metricsMapping.toView(response, timeZone));
    }
}
