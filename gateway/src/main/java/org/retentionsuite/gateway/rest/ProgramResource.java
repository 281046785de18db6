package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.ProgramCreation;
import org.retentionsuite.gateway.api.ProgramView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.LoyaltyMapping;
import org.retentionsuite.gateway.security.Roles;

@Path("/api/v1/programs")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    private final LoyaltyClient loyalty;
    private final LoyaltyMapping mapping;

    public ProgramResource(LoyaltyClient loyalty, LoyaltyMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @POST
    public Uni<RestResponse<ProgramView>> create(
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid ProgramCreation program) {
        return loyalty.createProgram(mapping.toRequest(program, idempotencyKey))
                .map(mapping::toView)
                .map(created -> Created.at("/api/v1/programs/" + created.id(), created));
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST})
    @GET
    @Path("/{programId}")
    public Uni<ProgramView> get(@PathParam("programId") String programId) {
        return loyalty.getProgram(programId).map(mapping::toView);
    }
}
