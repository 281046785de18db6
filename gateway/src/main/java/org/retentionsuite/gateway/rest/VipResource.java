package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.VipList;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.AnalyticsMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/vip")
@Tag(name = "VIP")
@Produces(MediaType.APPLICATION_JSON)
public class VipResource {

    private final SegmentationClient segmentation;
    private final AnalyticsMapping mapping;

    public VipResource(SegmentationClient segmentation, AnalyticsMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** The top {@code limit} (default 100) customers {@code by} spend (default), frequency or clv. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<VipList> get(@QueryParam("by") String by, @QueryParam("limit") String limit) {
        return Uni.createFrom().item(() -> mapping.toVipRequest(by, limit))
                .flatMap(segmentation::listVipCustomers)
                .map(mapping::toView);
    }
}
