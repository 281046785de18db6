package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.RfmViews;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.AnalyticsMapping;
import org.retentionsuite.proto.segmentation.v1.GetRfmDistributionRequest;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/rfm")
@Tag(name = "RFM")
@Produces(MediaType.APPLICATION_JSON)
public class RfmResource {

    private final SegmentationClient segmentation;
    private final AnalyticsMapping mapping;

    public RfmResource(SegmentationClient segmentation, AnalyticsMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** Customers per named segment as of {@code asOf} (default today), over purchases from {@code since} (default all). */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<RfmViews.Distribution> distribution(@QueryParam("asOf") String asOf, @QueryParam("since") String since) {
        return segmentation.getRfmDistribution(GetRfmDistributionRequest.newBuilder()
                        .setAsOf(asOf == null ? "" : asOf).setSince(since == null ? "" : since).build())
                .map(mapping::toView);
    }

    /**
     * Computes every customer's RFM as of today and stores it as the snapshot the insights read (a scheduled
     * pass does the same). While another pass computes one, waits for it and answers it.
     */
    @POST
    @Path("/snapshot/refresh")
    @RolesAllowed(Roles.ADMIN)
    public Uni<RfmViews.SnapshotRefresh> refreshSnapshot() {
        return segmentation.refreshRfmSnapshot().map(mapping::toView);
    }

    /** The customers' values, scores and segments in customer id order; {@code segment} filters. */
    @GET
    @Path("/customers")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<RfmViews.Page> customers(@QueryParam("asOf") String asOf, @QueryParam("since") String since,
            @QueryParam("segment") String segment, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toRfmRequest(asOf, since, segment, limit, cursor))
                .flatMap(segmentation::listRfmScores)
                .map(mapping::toView);
    }
}
