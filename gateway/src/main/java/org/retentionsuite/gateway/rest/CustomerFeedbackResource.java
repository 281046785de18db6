package org.retentionsuite.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CustomerFeedbackErasure;
import org.retentionsuite.gateway.api.CustomerFeedbackExport;
import org.retentionsuite.gateway.api.CustomerFeedbackView;
import org.retentionsuite.gateway.client.CustomerFeedbackClient;
import org.retentionsuite.gateway.mapping.CustomerFeedbackMapping;
import org.retentionsuite.gateway.security.Roles;

/**
 * The feedback part of a customer: for the 360 view, for a privacy export, and its erasure (the
 * scores stay, anonymised, so survey metrics do not change).
 */
@Path("/api/v1/customers/{customerId}/feedback")
@Tag(name = "Customer feedback")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerFeedbackResource {

    private final CustomerFeedbackClient feedback;
    private final CustomerFeedbackMapping mapping;

    public CustomerFeedbackResource(CustomerFeedbackClient feedback, CustomerFeedbackMapping mapping) {
        this.feedback = feedback;
        this.mapping = mapping;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.INTEGRATION})
    public Uni<CustomerFeedbackView> get(@PathParam("customerId") String customerId, @QueryParam("limit") String limit) {
        return Uni.createFrom().item(() -> mapping.limit(limit))
                .flatMap(n -> feedback.feedbackOf(customerId, n))
                .map(response -> mapping.toView(customerId, response));
    }

    @GET
    @Path("/export")
    public Uni<CustomerFeedbackExport> export(@PathParam("customerId") String customerId) {
        return feedback.export(customerId).map(mapping::toView);
    }

    /** Safe to repeat: a second erasure finds nothing left and answers zeros. */
    @DELETE
    public Uni<CustomerFeedbackErasure> erase(@PathParam("customerId") String customerId) {
        return feedback.forget(customerId).map(mapping::toView);
    }
}
