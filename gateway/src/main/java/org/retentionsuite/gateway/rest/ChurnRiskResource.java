package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.ChurnRiskViews;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.CustomerMapping;
import org.retentionsuite.proto.segmentation.v1.ScoreCustomerChurnRiskRequest;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/customers/{customerId}/churn-risk")
@Tag(name = "Churn risk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChurnRiskResource {

    private final SegmentationClient segmentation;
    private final CustomerMapping mapping;

    public ChurnRiskResource(SegmentationClient segmentation, CustomerMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** The customer's churn risk as of now, with its reasons; not stored. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.INTEGRATION})
    public Uni<ChurnRiskViews.ChurnRisk> get(@PathParam("customerId") String customerId) {
        return segmentation.getCustomerChurnRisk(customerId).map(mapping::toChurnRiskView);
    }

    /** Scores the customer as of {@code asOf} (default today), stores the score and records a level change. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<ChurnRiskViews.Scoring> score(@PathParam("customerId") String customerId,
            ChurnRiskViews.ScoringRequest request) {
        return segmentation.scoreCustomerChurnRisk(ScoreCustomerChurnRiskRequest.newBuilder()
                        .setCustomerId(customerId).setAsOf(asOf(request)).build())
                .map(mapping::toView);
    }

    private static String asOf(ChurnRiskViews.ScoringRequest request) {
        return request == null || request.asOf() == null ? "" : request.asOf();
    }
}
