package org.retentionsuite.gateway.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.retentionsuite.gateway.api.PurchaseReceipt;
import org.retentionsuite.gateway.api.PurchaseRecording;
import org.retentionsuite.gateway.api.ReturnReceipt;
import org.retentionsuite.gateway.api.ReturnRecording;
import org.retentionsuite.gateway.client.LoyaltyClient;
import org.retentionsuite.gateway.mapping.LedgerMapping;
import org.retentionsuite.gateway.security.Roles;

/** Purchases earn points and returns take them back; both are safe to retry. */
@Path("/api/v1/programs/{programId}")
@Tag(name = "Purchases and returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseResource {

    private final LoyaltyClient loyalty;
    private final LedgerMapping mapping;

    public PurchaseResource(LoyaltyClient loyalty, LedgerMapping mapping) {
        this.loyalty = loyalty;
        this.mapping = mapping;
    }

    /** A retry with the same {@code Idempotency-Key} returns the first result; the same key with another body is 422. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/purchases")
    public Uni<PurchaseReceipt> recordPurchase(@PathParam("programId") String programId,
            @Parameter(required = true, description = "makes a retry return the first result")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid PurchaseRecording purchase) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, purchase, idempotencyKey))
                .flatMap(loyalty::recordPurchase)
                .map(mapping::toView);
    }

    /** A return changes balances, so it needs an {@code Idempotency-Key}; the {@code returnId} also counts it once. */
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    @POST
    @Path("/returns")
    public Uni<ReturnReceipt> recordReturn(@PathParam("programId") String programId,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull(message = "is required") @Valid ReturnRecording recording) {
        return Uni.createFrom().item(() -> mapping.toRequest(programId, recording, idempotencyKey))
                .flatMap(loyalty::recordReturn)
                .map(mapping::toView);
    }
}
