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
import org.retentionsuite.gateway.api.PlaybookAlertPage;
import org.retentionsuite.gateway.api.PlaybookBody;
import org.retentionsuite.gateway.api.PlaybookPage;
import org.retentionsuite.gateway.api.PlaybookReportView;
import org.retentionsuite.gateway.client.PlaybookClient;
import org.retentionsuite.gateway.mapping.PlaybookMapping;
import org.retentionsuite.gateway.security.Roles;

/** Retention playbooks: actions for customers entering a segment or risk level, their alerts and their effect. */
@Path("/api/v1/playbooks")
@Tag(name = "Playbooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaybookResource {

    private final PlaybookClient playbooks;
    private final PlaybookMapping mapping;

    public PlaybookResource(PlaybookClient playbooks, PlaybookMapping mapping) {
        this.playbooks = playbooks;
        this.mapping = mapping;
    }

    @POST
    public Uni<RestResponse<PlaybookBody>> create(@NotNull(message = "is required") PlaybookBody body) {
        return playbooks.createPlaybook(mapping.toRequest(body))
                .map(mapping::toView)
                .map(playbook -> Created.at("/api/v1/playbooks/" + playbook.id(), playbook));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<PlaybookPage> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toListRequest(limit, cursor))
                .flatMap(playbooks::listPlaybooks)
                .map(mapping::toView);
    }

    @GET
    @Path("/{playbookId}")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<PlaybookBody> get(@PathParam("playbookId") String playbookId) {
        return playbooks.getPlaybook(playbookId).map(mapping::toView);
    }

    /** Churn of treated against control customers whose churn window has ended, with a two-proportion z-test. */
    @GET
    @Path("/{playbookId}/report")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<PlaybookReportView> report(@PathParam("playbookId") String playbookId) {
        return playbooks.getReport(playbookId).map(mapping::toView);
    }

    /** Newest first. */
    @GET
    @Path("/{playbookId}/alerts")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.INTEGRATION})
    public Uni<PlaybookAlertPage> alerts(@PathParam("playbookId") String playbookId, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toAlertsRequest(playbookId, limit, cursor))
                .flatMap(playbooks::listAlerts)
                .map(mapping::toView);
    }
}
