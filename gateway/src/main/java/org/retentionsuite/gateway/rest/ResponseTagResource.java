package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.ResponseTagging;
import org.retentionsuite.gateway.api.ResponseTagsView;
import org.retentionsuite.gateway.client.OuterLoopClient;
import org.retentionsuite.gateway.mapping.OuterLoopMapping;
import org.retentionsuite.gateway.security.Roles;

/** Tags added to a response by hand; the answer lists all its tags, those of keyword rules too. */
@Path("/api/v1/responses/{responseId}/tags")
@Tag(name = "Feedback tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResponseTagResource {

    private final OuterLoopClient outerLoop;
    private final OuterLoopMapping mapping;

    public ResponseTagResource(OuterLoopClient outerLoop, OuterLoopMapping mapping) {
        this.outerLoop = outerLoop;
        this.mapping = mapping;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<ResponseTagsView> tag(@PathParam("responseId") String responseId,
            @NotNull(message = "is required") ResponseTagging tagging) {
        return outerLoop.tagResponse(mapping.toRequest(responseId, tagging.tags())).map(mapping::toView);
    }
}
