package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.TagRuleCreation;
import org.retentionsuite.gateway.api.TagRuleList;
import org.retentionsuite.gateway.api.TagRuleView;
import org.retentionsuite.gateway.client.OuterLoopClient;
import org.retentionsuite.gateway.mapping.OuterLoopMapping;
import org.retentionsuite.gateway.security.Roles;

/** Keyword rules per language that tag responses when they complete. */
@Path("/api/v1/tag-rules")
@Tag(name = "Feedback tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TagResource {

    private final OuterLoopClient outerLoop;
    private final OuterLoopMapping mapping;

    public TagResource(OuterLoopClient outerLoop, OuterLoopMapping mapping) {
        this.outerLoop = outerLoop;
        this.mapping = mapping;
    }

    /** The same rule again is the rule there is: 201 with it, nothing added. */
    @POST
    public Uni<RestResponse<TagRuleView>> createRule(@NotNull(message = "is required") TagRuleCreation rule) {
        return outerLoop.createTagRule(mapping.toRequest(rule)).map(mapping::toView)
                .map(created -> Created.at("/api/v1/tag-rules?language=" + created.language(), created));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    public Uni<TagRuleList> rules(@QueryParam("language") String language) {
        return outerLoop.listTagRules(org.retentionsuite.proto.feedback.v1.ListTagRulesRequest.newBuilder()
                .setLanguage(language == null ? "" : language).build()).map(mapping::toView);
    }
}
