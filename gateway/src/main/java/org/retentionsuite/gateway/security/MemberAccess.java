package org.retentionsuite.gateway.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A member token opens only its own customer's data: on an endpoint that names a customer
 * ({@code {customerId}} in the path) the customer must be the token's, else 403. Which endpoints a
 * member may call at all is said by {@code @RolesAllowed}.
 */
public class MemberAccess {

    static final String CUSTOMER_PARAMETER = "customerId";

    private final CurrentIdentityAssociation identities;

    public MemberAccess(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> ownDataOnly(ContainerRequestContext request) {
        return identities.getDeferredIdentity()
                // A credential that is not valid is answered by the role check, or ignored by a public endpoint.
                .onFailure().recoverWithNull()
                .invoke(identity -> check(identity, request.getUriInfo().getPathParameters().getFirst(CUSTOMER_PARAMETER)))
                .replaceWithVoid();
    }

    static void check(SecurityIdentity identity, String customerInPath) {
        if (identity == null || !identity.hasRole(Roles.MEMBER) || customerInPath == null) {
            return;
        }
        if (!customerInPath.equals(identity.getAttribute(Roles.CUSTOMER_ID))) {
            throw new ForbiddenException("a member token opens only its own customer's data");
        }
    }
}
