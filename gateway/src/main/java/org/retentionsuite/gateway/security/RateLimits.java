package org.retentionsuite.gateway.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.retentionsuite.gateway.error.ProblemResponses;
import org.retentionsuite.gateway.error.ProblemType;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each API key (and each member) has its own rate limit, its role's unless the key has one of its
 * own; a request over it is answered 429 with {@code Retry-After}. Anonymous requests (the public
 * survey answer) are not limited here.
 */
// Application-scoped (a lazy proxy): the filter is set up at build time, the configuration is read at run time.
@ApplicationScoped
public class RateLimits {

    private final RateLimitConfig config;
    private final CurrentIdentityAssociation identities;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimits(RateLimitConfig config, CurrentIdentityAssociation identities) {
        this.config = config;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> identity == null || identity.isAnonymous() ? null : admit(identity, request));
    }

    private Response admit(SecurityIdentity identity, ContainerRequestContext request) {
        String caller = identity.getPrincipal().getName();
        RateLimitConfig.Limit limit = limitOf(caller, identity);
        if (limit == null) {
            return null;
        }
        Duration wait = buckets.computeIfAbsent(caller, name -> new TokenBucket(limit.perSecond(), limit.burst(), System::nanoTime))
                .take();
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Response problem = ProblemResponses.of(ProblemType.RATE_LIMITED, "this API key may send " + limit.perSecond()
                + " requests per second (bursts of " + limit.burst() + "); try again in " + seconds + " s",
                request.getUriInfo().getPath());
        return ProblemResponses.retryAfter(problem, seconds);
    }

    private RateLimitConfig.Limit limitOf(String caller, SecurityIdentity identity) {
        RateLimitConfig.Limit own = config.keys().get(caller);
        if (own != null) {
            return own;
        }
        return identity.getRoles().stream().map(config.roles()::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
