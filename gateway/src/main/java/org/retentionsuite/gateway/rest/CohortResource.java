package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CohortMatrixView;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.AnalyticsMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/cohorts")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    private final SegmentationClient segmentation;
    private final AnalyticsMapping mapping;

    public CohortResource(SegmentationClient segmentation, AnalyticsMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /**
     * A retention matrix: {@code by} month (default) or week, {@code basis} first-purchase (default)
     * or sign-up, cohorts from {@code from} to {@code to} (default: the last twelve periods).
     */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<CohortMatrixView> get(@QueryParam("by") String by, @QueryParam("basis") String basis,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return Uni.createFrom().item(() -> mapping.toCohortRequest(by, basis, from, to))
                .flatMap(segmentation::getCohortRetention)
                .map(mapping::toView);
    }
}
