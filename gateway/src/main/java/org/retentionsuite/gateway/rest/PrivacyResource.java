package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.PrivacyReport;
import org.retentionsuite.gateway.client.CustomerDataClient;
import org.retentionsuite.gateway.mapping.PrivacyMapping;

/**
 * Privacy requests (admin only): an export of everything the three services hold on a customer, and
 * an erasure in all three. Each answers every service's outcome; it is 200 and "done" only when all
 * three did their part, else 502 and "incomplete", and sending it again is safe.
 */
@Path("/api/v1/privacy")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    private final CustomerDataClient customers;
    private final PrivacyMapping mapping;

    public PrivacyResource(CustomerDataClient customers, PrivacyMapping mapping) {
        this.customers = customers;
        this.mapping = mapping;
    }

    @POST
    @Path("/exports/{customerId}")
    @Operation(summary = "Export everything the services hold on a customer")
    public Uni<RestResponse<PrivacyReport>> export(@PathParam("customerId") String customerId) {
        return Uni.combine().all().unis(
                        mapping.exported(customers.exportMember(customerId)),
                        mapping.exported(customers.exportFeedback(customerId)),
                        mapping.exported(customers.exportSegmentation(customerId)))
                .with((loyalty, feedback, segmentation) -> mapping.report(customerId, loyalty, feedback, segmentation))
                .map(PrivacyResource::respond);
    }

    @POST
    @Path("/erasures/{customerId}")
    @Operation(summary = "Erase a customer in every service", description = "Repeat it until the status is done.")
    public Uni<RestResponse<PrivacyReport>> erase(@PathParam("customerId") String customerId) {
        return Uni.combine().all().unis(
                        mapping.erased(customers.forgetMember(customerId),
                                r -> r.getMembershipsForgotten() + " memberships forgotten"),
                        mapping.erased(customers.forgetFeedback(customerId),
                                r -> r.getResponsesAnonymised() + " responses, " + r.getCasesAnonymised() + " cases anonymised, "
                                        + r.getInvitationsForgotten() + " invitations forgotten"),
                        mapping.erased(customers.forgetSegmentation(customerId),
                                r -> r.getActivitiesAnonymised() + " activities anonymised"))
                .with((loyalty, feedback, segmentation) -> mapping.report(customerId, loyalty, feedback, segmentation))
                .map(PrivacyResource::respond);
    }

    private static RestResponse<PrivacyReport> respond(PrivacyReport report) {
        return RestResponse.status(PrivacyReport.DONE.equals(report.status())
                ? RestResponse.Status.OK : RestResponse.Status.BAD_GATEWAY, report);
    }
}
