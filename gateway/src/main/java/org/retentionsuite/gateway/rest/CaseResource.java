package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.CaseAssignment;
import org.retentionsuite.gateway.api.CaseNoteCreation;
import org.retentionsuite.gateway.api.CasePage;
import org.retentionsuite.gateway.api.CaseTransition;
import org.retentionsuite.gateway.api.CaseView;
import org.retentionsuite.gateway.client.ClosedLoopClient;
import org.retentionsuite.gateway.mapping.CaseMapping;

import java.util.List;
import org.retentionsuite.gateway.security.Roles;

/** Follow-up cases of unhappy respondents: the inner feedback loop. */
@Path("/api/v1/cases")
@Tag(name = "Follow-up cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final ClosedLoopClient closedLoop;
    private final CaseMapping mapping;

    public CaseResource(ClosedLoopClient closedLoop, CaseMapping mapping) {
        this.closedLoop = closedLoop;
        this.mapping = mapping;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<CasePage> list(@QueryParam("status") String status, @QueryParam("owner") String owner,
            @QueryParam("surveyId") String surveyId, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toRequest(status, owner, surveyId, limit, cursor))
                .flatMap(closedLoop::listCases)
                .map(mapping::toView);
    }

    /** Unresolved cases past their due time, the most overdue first. */
    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<List<CaseView>> overdue(@QueryParam("limit") String limit) {
        return Uni.createFrom().item(() -> mapping.toOverdueRequest(limit))
                .flatMap(closedLoop::listOverdueCases)
                .map(response -> mapping.toViews(response.getCasesList()));
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<CaseView> get(@PathParam("caseId") String caseId) {
        return closedLoop.getCase(caseId).map(mapping::toView);
    }

    @POST
    @Path("/{caseId}/assignment")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<CaseView> assign(@PathParam("caseId") String caseId,
            @NotNull(message = "is required") CaseAssignment assignment) {
        return closedLoop.assignCase(mapping.toRequest(caseId, assignment)).map(mapping::toView);
    }

    @POST
    @Path("/{caseId}/transitions")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<CaseView> transition(@PathParam("caseId") String caseId,
            @NotNull(message = "is required") CaseTransition transition) {
        return closedLoop.transitionCase(mapping.toRequest(caseId, transition)).map(mapping::toView);
    }

    /** An internal note, or the message sent to the customer; the Idempotency-Key makes a retry add nothing. */
    @POST
    @Path("/{caseId}/notes")
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Uni<RestResponse<CaseView>> addNote(@PathParam("caseId") String caseId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") CaseNoteCreation note) {
        return Uni.createFrom().item(() -> mapping.toRequest(caseId, note, idempotencyKey))
                .flatMap(closedLoop::addCaseNote)
                .map(mapping::toView)
                .map(updated -> Created.at("/api/v1/cases/" + updated.id(), updated));
    }
}
