package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.ChurnRiskViews;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.CustomerMapping;
import org.retentionsuite.proto.segmentation.v1.ScoreChurnRiskRequest;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/churn-risk/scorings")
@Tag(name = "Churn risk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChurnScoringResource {

    private final SegmentationClient segmentation;
    private final CustomerMapping mapping;

    public ChurnScoringResource(SegmentationClient segmentation, CustomerMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** Scores every customer as of {@code asOf} (default today) and records each level change. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<ChurnRiskViews.ScoringSummary> scoreAll(ChurnRiskViews.ScoringRequest request) {
        String asOf = request == null || request.asOf() == null ? "" : request.asOf();
        return segmentation.scoreChurnRisk(ScoreChurnRiskRequest.newBuilder().setAsOf(asOf).build()).map(mapping::toView);
    }
}
