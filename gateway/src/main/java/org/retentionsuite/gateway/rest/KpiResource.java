package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.KpiView;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.AnalyticsMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/kpis")
@Tag(name = "KPIs")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    private final SegmentationClient segmentation;
    private final AnalyticsMapping mapping;

    public KpiResource(SegmentationClient segmentation, AnalyticsMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** The KPIs of the period {@code from} … {@code to} (ISO dates, inclusive); {@code churnWindowDays} default 90. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<KpiView> get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("churnWindowDays") String churnWindowDays) {
        return Uni.createFrom().item(() -> mapping.toKpiRequest(from, to, churnWindowDays))
                .flatMap(segmentation::getKpis)
                .map(mapping::toView);
    }
}
