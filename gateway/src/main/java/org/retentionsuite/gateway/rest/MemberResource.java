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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.retentionsuite.gateway.api.MemberEnrollment;
import org.retentionsuite.gateway.api.MemberPage;
import org.retentionsuite.gateway.api.MemberSuspension;
import org.retentionsuite.gateway.api.MemberView;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.LoyaltyMapping;
import org.retentionsuite.gateway.security.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A programme's members: enrolment, listing, suspension. */
@Path("/api/v1/programs/{programId}/members")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final LoyaltyClient loyalty;
    private final LoyaltyMapping mapping;

    public MemberResource(LoyaltyClient loyalty, LoyaltyMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    public Uni<RestResponse<MemberView>> enroll(@PathParam("programId") String programId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid MemberEnrollment enrollment) {
        return loyalty.enrollMember(mapping.toRequest(programId, enrollment, idempotencyKey))
                .map(mapping::toView)
                .map(member -> Created.at("/api/v1/programs/" + programId + "/members/"
                        + URLEncoder.encode(member.customerId(), StandardCharsets.UTF_8).replace("+", "%20"), member));
    }

    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.ANALYST, Roles.MEMBER})
    @GET
    @Path("/{customerId}")
    public Uni<MemberView> get(@PathParam("programId") String programId, @PathParam("customerId") String customerId) {
        return loyalty.getMember(programId, customerId).map(mapping::toView);
    }

    /**
     * In customer id order; {@code status} ACTIVE or SUSPENDED, {@code marketingConsent=true} only those who consented
     * (the contract has no "only those who did not"), {@code limit} 1 to 500, {@code cursor} the previous page's
     * {@code nextCursor}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @GET
    public Uni<MemberPage> list(@PathParam("programId") String programId, @QueryParam("status") String status,
            @QueryParam("country") String country, @QueryParam("marketingConsent") String marketingConsent,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return Uni.createFrom().item(() -> mapping.toListRequest(programId, status, country, marketingConsent, limit, cursor))
                .flatMap(loyalty::listMembers)
                .map(mapping::toView);
    }

    /** No earning or redeeming until reactivated; suspending twice is harmless. */
    @POST
    @Path("/{customerId}/suspend")
    public Uni<MemberView> suspend(@PathParam("programId") String programId, @PathParam("customerId") String customerId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid MemberSuspension suspension) {
        return Uni.createFrom().item(() -> mapping.idempotencyKey(idempotencyKey))
                .flatMap(key -> loyalty.suspendMember(programId, customerId, suspension.reason(), key))
                .map(mapping::toView);
    }

    /** Reactivating an active member is harmless. */
    @POST
    @Path("/{customerId}/reactivate")
    public Uni<MemberView> reactivate(@PathParam("programId") String programId, @PathParam("customerId") String customerId,
            @Parameter(description = "optional: a retry with the same key returns the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return Uni.createFrom().item(() -> mapping.idempotencyKey(idempotencyKey))
                .flatMap(key -> loyalty.reactivateMember(programId, customerId, key))
                .map(mapping::toView);
    }
}
