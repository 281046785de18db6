package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.ClvFitCreation;
import org.retentionsuite.gateway.api.ClvFitView;
import org.retentionsuite.gateway.api.ClvHoldoutView;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.SegmentationMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/clv/fits")
@Tag(name = "CLV")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClvResource {

    private final SegmentationClient segmentation;
    private final SegmentationMapping mapping;

    public ClvResource(SegmentationClient segmentation, SegmentationMapping mapping) {
        this.segmentation = segmentation;
        this.mapping = mapping;
    }

    /** Fits BG/NBD and Gamma-Gamma on the purchases up to the calibration end; 409 with too few repeat buyers. */
    @POST
    public Uni<RestResponse<ClvFitView>> fit(@NotNull(message = "is required") @Valid ClvFitCreation creation) {
        return segmentation.fitClvModel(mapping.toRequest(creation))
                .map(mapping::toView)
                .map(fit -> Created.at("/api/v1/clv/fits/" + fit.id(), fit));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    @Path("/{fitId}")
    public Uni<ClvFitView> get(@PathParam("fitId") String fitId) {
        return segmentation.getClvFit(fitId).map(mapping::toView);
    }

    /** Predicted against actual repeat purchases from the fit's calibration end to {@code holdoutEnd} (an ISO date). */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    @Path("/{fitId}/holdout")
    public Uni<ClvHoldoutView> holdout(@PathParam("fitId") String fitId, @QueryParam("holdoutEnd") String holdoutEnd) {
        return segmentation.getClvHoldoutReport(fitId, holdoutEnd == null ? "" : holdoutEnd).map(mapping::toView);
    }
}
