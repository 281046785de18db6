package org.retentionsuite.gateway.security;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.retentionsuite.gateway.error.ProblemResponses;
import org.retentionsuite.gateway.error.ProblemType;
import org.retentionsuite.gateway.mapping.RespondentPageMapping;
import org.retentionsuite.gateway.mapping.RespondentWording;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Callers without credentials of the public answer endpoints get a rate limit per client address; over
 * it they are answered 429 with {@code Retry-After}: a problem document on the API, a page on {@code /s}.
 */
@ApplicationScoped
public class AnonymousRateLimits {

    /** Past this many addresses, the buckets a quiet spell has filled again are forgotten. */
    private static final int TIDY_ABOVE = 10_000;
    private static final MediaType HTML = MediaType.valueOf("text/html;charset=UTF-8");

    private final RateLimitConfig.Anonymous limit;
    private final Set<String> trustedProxies;
    private final CurrentIdentityAssociation identities;
    private final RespondentPageMapping pages;
    private final Template template;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public AnonymousRateLimits(RateLimitConfig config, CurrentIdentityAssociation identities, RespondentPageMapping pages,
            Engine engine) {
        this.limit = config.anonymous();
        this.trustedProxies = Set.copyOf(config.anonymous().trustedProxies().orElse(List.of()));
        this.identities = identities;
        this.pages = pages;
        this.template = engine.getTemplate("respondent/page");
    }

    @AnonymousRateLimited
    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest connection) {
        String peer = connection.remoteAddress() == null ? "unknown" : connection.remoteAddress().hostAddress();
        String client = ClientAddress.of(peer, request.getHeaderString("X-Forwarded-For"), trustedProxies);
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .map(identity -> identity == null || identity.isAnonymous() ? admit(client, request) : null);
    }

    private Response admit(String client, ContainerRequestContext request) {
        if (buckets.size() > TIDY_ABOVE) {
            buckets.values().removeIf(TokenBucket::isFull);
        }
        RateLimitConfig.Limit own = limit.addresses().getOrDefault(client, limit);
        Duration wait = buckets.computeIfAbsent(client, address -> new TokenBucket(own.perSecond(), own.burst(),
                System::nanoTime)).take();
        if (wait.isZero()) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String path = request.getUriInfo().getPath();
        Response refusal = path.startsWith("/s/") ? page(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                : ProblemResponses.of(ProblemType.RATE_LIMITED, "this address may send " + own.perSecond()
                        + " answers per second (bursts of " + own.burst() + "); try again in " + seconds + " s", path);
        return ProblemResponses.retryAfter(refusal, seconds);
    }

    private Response page(String acceptLanguage) {
        var page = pages.notice(acceptLanguage, RespondentWording.TOO_MANY_ANSWERS);
        return Response.status(429).type(HTML).header(HttpHeaders.CONTENT_LANGUAGE, page.lang())
                .header("Cache-Control", "no-store")
                .entity(template.data("page", page).render()).build();
    }
}
