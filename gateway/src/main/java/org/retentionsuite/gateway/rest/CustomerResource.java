package org.retentionsuite.gateway.rest;

import io.grpc.Status;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.CustomerView;
import org.retentionsuite.gateway.client.CustomerDataClient;
import org.retentionsuite.gateway.client.DownstreamException;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.client.SegmentationClient;
import org.retentionsuite.gateway.mapping.ChallengeMapping;
import org.retentionsuite.gateway.mapping.CustomerViewMapping;
import org.retentionsuite.gateway.mapping.SegmentationMapping;
import org.retentionsuite.gateway.security.Roles;
import org.retentionsuite.proto.loyalty.v1.Member;
import org.retentionsuite.proto.loyalty.v1.MemberExport;

import java.util.ArrayList;
import java.util.List;

/**
 * The customer 360 view: the three services are asked at once, each within its deadline; a part a
 * service cannot give is left out and named in {@code warnings}, and the rest is answered.
 */
@Path("/api/v1/customers/{customerId}")
@Tag(name = "Customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final CustomerDataClient customers;
    private final LoyaltyClient loyalty;
    private final SegmentationClient segmentation;
    private final CustomerViewMapping mapping;
    private final ChallengeMapping badges;
    private final SegmentationMapping insights;

    public CustomerResource(CustomerDataClient customers, LoyaltyClient loyalty, SegmentationClient segmentation,
            CustomerViewMapping mapping, ChallengeMapping badges, SegmentationMapping insights) {
        this.customers = customers;
        this.loyalty = loyalty;
        this.segmentation = segmentation;
        this.mapping = mapping;
        this.badges = badges;
        this.insights = insights;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(summary = "The customer 360 view", description = "Loyalty per programme (balance, tier, badges), recent "
            + "feedback and open cases, and insights. A service that is down leaves its part null and adds a warning.")
    public Uni<CustomerView> get(@PathParam("customerId") String customerId) {
        List<CustomerView.Warning> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
        Uni<List<CustomerView.Membership>> memberships = customers.exportMember(customerId)
                .flatMap(export -> withBadges(export.getMembershipsList(), warnings))
                .onFailure().recoverWithItem(failure -> missing("loyalty", failure, warnings));
        Uni<CustomerView.FeedbackSummary> feedback = customers.customerFeedback(customerId)
                .map(mapping::toSummary)
                .onFailure().recoverWithItem(failure -> missing("feedback", failure, warnings));
        Uni<org.retentionsuite.gateway.api.CustomerInsightsView> insight = segmentation.getCustomerInsights(customerId)
                .map(insights::toView)
                .onFailure(CustomerResource::isNotFound).recoverWithNull()
                .onFailure().recoverWithItem(failure -> missing("insights", failure, warnings));
        return Uni.combine().all().unis(memberships, feedback, insight).asTuple()
                .map(parts -> new CustomerView(customerId, parts.getItem1(), parts.getItem2(), parts.getItem3(),
                        List.copyOf(warnings)));
    }

    private Uni<List<CustomerView.Membership>> withBadges(List<MemberExport> exports, List<CustomerView.Warning> warnings) {
        if (exports.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<CustomerView.Membership>> each = exports.stream().map(MemberExport::getMember)
                .map(member -> loyalty.listBadges(member.getProgramId(), member.getCustomerId())
                        .map(list -> mapping.toMembership(member, badges.toView(list).items()))
                        .onFailure().recoverWithItem(failure -> badgesMissing(member, failure, warnings)))
                .toList();
        return Uni.join().all(each).andFailFast();
    }

    private CustomerView.Membership badgesMissing(Member member, Throwable failure, List<CustomerView.Warning> warnings) {
        warnings.add(new CustomerView.Warning("loyalty.badges", CustomerViewMapping.whyMissing(failure)));
        return mapping.toMembership(member, null);
    }

    private static <T> T missing(String part, Throwable failure, List<CustomerView.Warning> warnings) {
        warnings.add(new CustomerView.Warning(part, CustomerViewMapping.whyMissing(failure)));
        return null;
    }

    private static boolean isNotFound(Throwable failure) {
        return failure instanceof DownstreamException e && e.status().getCode() == Status.Code.NOT_FOUND;
    }
}
