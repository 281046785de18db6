package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.MetricsBreakdownView;
import org.retentionsuite.gateway.api.MetricsComparisonView;
import org.retentionsuite.gateway.client.FeedbackAnalyticsClient;
import org.retentionsuite.gateway.mapping.SurveyAnalyticsMapping;
import org.retentionsuite.gateway.security.Roles;

/** A survey's score compared between two periods, and broken down by language, country or invitation attribute. */
@Path("/api/v1/surveys/{surveyId}/metrics")
@Tag(name = "Surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyAnalyticsResource {

    private final FeedbackAnalyticsClient analytics;
    private final SurveyAnalyticsMapping mapping;

    public SurveyAnalyticsResource(FeedbackAnalyticsClient analytics, SurveyAnalyticsMapping mapping) {
        this.analytics = analytics;
        this.mapping = mapping;
    }

    /** The current period is {@code from}-{@code to}, the baseline {@code baselineFrom}-{@code baselineTo}. */
    @GET
    @Path("/comparison")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<MetricsComparisonView> compare(@PathParam("surveyId") String surveyId,
            @QueryParam("baselineFrom") String baselineFrom, @QueryParam("baselineTo") String baselineTo,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("timeZone") String timeZone) {
        return Uni.createFrom().item(() -> mapping.toComparisonRequest(surveyId, baselineFrom, baselineTo, from, to, timeZone))
                .flatMap(analytics::compare)
                .map(mapping::toView);
    }

    @GET
    @Path("/breakdown")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<MetricsBreakdownView> breakdown(@PathParam("surveyId") String surveyId, @QueryParam("by") String by,
            @QueryParam("attribute") String attribute, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("timeZone") String timeZone) {
        return Uni.createFrom().item(() -> mapping.toBreakdownRequest(surveyId, by, attribute, from, to, timeZone))
                .flatMap(analytics::breakdown)
                .map(response -> mapping.toView(by, attribute, response));
    }
}
