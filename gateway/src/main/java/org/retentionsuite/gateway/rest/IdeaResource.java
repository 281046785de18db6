package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
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
import org.retentionsuite.gateway.api.IdeaAnnouncement;
import org.retentionsuite.gateway.api.IdeaCreation;
import org.retentionsuite.gateway.api.IdeaLinks;
import org.retentionsuite.gateway.api.IdeaList;
import org.retentionsuite.gateway.api.IdeaShipping;
import org.retentionsuite.gateway.api.IdeaView;
import org.retentionsuite.gateway.client.OuterLoopClient;
import org.retentionsuite.gateway.mapping.OuterLoopMapping;
import org.retentionsuite.proto.feedback.v1.ListIdeasResponse;
import org.retentionsuite.proto.feedback.v1.ShipIdeaRequest;
import org.retentionsuite.gateway.security.Roles;

/** Improvement ideas linking the responses that ask for them, ranked, and announced when shipped. */
@Path("/api/v1/ideas")
@Tag(name = "Improvement ideas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdeaResource {

    private final OuterLoopClient outerLoop;
    private final OuterLoopMapping mapping;

    public IdeaResource(OuterLoopClient outerLoop, OuterLoopMapping mapping) {
        this.outerLoop = outerLoop;
        this.mapping = mapping;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<RestResponse<IdeaView>> create(@NotNull(message = "is required") IdeaCreation idea) {
        return outerLoop.createIdea(mapping.toRequest(idea)).map(mapping::toView)
                .map(created -> Created.at("/api/v1/ideas/" + created.id(), created));
    }

    /** Ranked: customers affected per point of effort, then value affected. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<IdeaList> list(@QueryParam("status") String status) {
        return Uni.createFrom().item(() -> mapping.toListRequest(status))
                .flatMap(outerLoop::listIdeas)
                .map(ListIdeasResponse::getIdeasList)
                .map(mapping::toView);
    }

    @POST
    @Path("/{ideaId}/responses")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<IdeaView> link(@PathParam("ideaId") String ideaId, @NotNull(message = "is required") @Valid IdeaLinks links) {
        return Uni.createFrom().item(() -> mapping.toRequest(ideaId, links))
                .flatMap(outerLoop::linkResponses)
                .map(mapping::toView);
    }

    /** "You said, we did": the shipped idea and the customers to tell. Repeating it with the same text is safe. */
    @POST
    @Path("/{ideaId}/ship")
    public Uni<IdeaAnnouncement> ship(@PathParam("ideaId") String ideaId, @NotNull(message = "is required") IdeaShipping shipping) {
        return outerLoop.shipIdea(ShipIdeaRequest.newBuilder().setIdeaId(ideaId)
                        .setAnnouncement(shipping.announcement() == null ? "" : shipping.announcement()).build())
                .map(mapping::toView);
    }
}
