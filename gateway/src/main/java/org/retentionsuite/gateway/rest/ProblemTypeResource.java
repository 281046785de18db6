package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.error.ProblemType;

import java.util.Arrays;
import java.util.List;

/** The documentation of each problem type: its {@code type} URI resolves here. Public. */
@Path("/problems")
@Tag(name = "Problems")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProblemTypeResource {

    /** One kind of problem: its type URI, HTTP status and title. */
    public record ProblemTypeView(String type, int status, String title) {
    }

    @GET
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeResource::toView).toList();
    }

    @GET
    @Path("/{slug}")
    public ProblemTypeView get(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values()).filter(type -> type.slug().equals(slug)).findFirst()
                .map(ProblemTypeResource::toView)
                .orElseThrow(NotFoundException::new);
    }

    private static ProblemTypeView toView(ProblemType type) {
        return new ProblemTypeView(type.uri().toString(), type.status(), type.title());
    }
}
