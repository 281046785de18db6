package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
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
import org.retentionsuite.gateway.api.MembershipChangePage;
import org.retentionsuite.gateway.api.SegmentCreation;
import org.retentionsuite.gateway.api.SegmentMemberPage;
import org.retentionsuite.gateway.api.SegmentMembershipView;
import org.retentionsuite.gateway.api.SegmentPage;
import org.retentionsuite.gateway.api.SegmentRefreshView;
import org.retentionsuite.gateway.api.SegmentView;
import org.retentionsuite.gateway.client.SegmentClient;
import org.retentionsuite.gateway.mapping.SegmentMapping;
import org.retentionsuite.gateway.security.Roles;

/** Rule segments: definitions, members, membership of one customer, and who entered and left when. */
@Path("/api/v1/segments")
@Tag(name = "Segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SegmentResource {

    private final SegmentClient segments;
    private final SegmentMapping mapping;

    public SegmentResource(SegmentClient segments, SegmentMapping mapping) {
        this.segments = segments;
        this.mapping = mapping;
    }

    /** Adds a segment and computes its members; 400 names an offending part of the rule, such as {@code rule.any[1].operator}. */
    @POST
    public Uni<RestResponse<SegmentView>> create(@NotNull(message = "is required") SegmentCreation creation) {
        return Uni.createFrom().item(() -> mapping.toRequest(creation))
                .flatMap(segments::createSegment)
                .map(mapping::toView)
                .map(segment -> Created.at("/api/v1/segments/" + segment.id(), segment));
    }

    /** Oldest first; {@code limit} 1 to 200. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<SegmentPage> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toListRequest(limit, cursor))
                .flatMap(segments::listSegments)
                .map(mapping::toView);
    }

    @GET
    @Path("/{segmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<SegmentView> get(@PathParam("segmentId") String segmentId) {
        return segments.getSegment(segmentId).map(mapping::toView);
    }

    /** In customer id order; {@code limit} 1 to 1000. */
    @GET
    @Path("/{segmentId}/members")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<SegmentMemberPage> members(@PathParam("segmentId") String segmentId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toMembersRequest(segmentId, limit, cursor))
                .flatMap(segments::listMembers)
                .map(mapping::toView);
    }

    /** 200 with {@code member} true or false. */
    @GET
    @Path("/{segmentId}/members/{customerId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.INTEGRATION})
    public Uni<SegmentMembershipView> membership(@PathParam("segmentId") String segmentId,
            @PathParam("customerId") String customerId) {
        return segments.getMembership(segmentId, customerId).map(mapping::toView);
    }

    /** Newest first; {@code customerId} narrows to one customer. */
    @GET
    @Path("/{segmentId}/changes")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<MembershipChangePage> changes(@PathParam("segmentId") String segmentId,
            @QueryParam("customerId") String customerId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toChangesRequest(segmentId, customerId, limit, cursor))
                .flatMap(segments::listChanges)
                .map(mapping::toView);
    }

    /** Evaluates the rule for every customer now, as the scheduled pass does. */
    @POST
    @Path("/{segmentId}/refresh")
    public Uni<SegmentRefreshView> refresh(@PathParam("segmentId") String segmentId) {
        return segments.refresh(segmentId).map(mapping::toView);
    }
}
