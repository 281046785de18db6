package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CustomerInsightsView;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.SegmentationMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/customers/{customerId}/insights")
@Tag(name = "Insights")
@Produces(MediaType.APPLICATION_JSON)
public class InsightsResource {

    private final SegmentationClient segmentation;
    private final SegmentationMapping mapping;

    public InsightsResource(SegmentationClient segmentation, SegmentationMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    public Uni<CustomerInsightsView> get(@PathParam("customerId") String customerId) {
        return segmentation.getCustomerInsights(customerId).map(mapping::toView);
    }
}
