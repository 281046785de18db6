package org.retentionsuite.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a bearer credential into an identity: an API key's name and role, or a member token's
 * customer (role {@code member}, attribute {@code customerId}); anything else is refused 401.
 */
@ApplicationScoped
public class CallerIdentities implements IdentityProvider<BearerCredential> {

    private final ApiKeys apiKeys;
    private final MemberTokens memberTokens;

    public CallerIdentities(ApiKeys apiKeys, MemberTokens memberTokens) {
        this.apiKeys = apiKeys;
        this.memberTokens = memberTokens;
    }

    @Override
    public Class<BearerCredential> getRequestType() {
        return BearerCredential.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(BearerCredential credential, AuthenticationRequestContext context) {
        return Uni.createFrom().item(() -> credential.isMemberToken() ? member(credential.value()) : apiKey(credential.value()));
    }

    private SecurityIdentity member(String token) {
        try {
            String customerId = memberTokens.customerId(token);
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("member:" + customerId))
                    .addRole(Roles.MEMBER)
                    .addAttribute(Roles.CUSTOMER_ID, customerId)
                    .build();
        } catch (MemberTokens.InvalidMemberToken e) {
            throw new AuthenticationFailedException(e.getMessage());
        }
    }

    private SecurityIdentity apiKey(String key) {
        ApiKeys.Caller caller = apiKeys.find(key)
                .orElseThrow(() -> new AuthenticationFailedException("the API key is not valid"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.name()))
                .addRole(caller.role())
                .build();
    }
}
