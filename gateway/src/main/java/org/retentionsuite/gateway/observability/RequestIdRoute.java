package org.retentionsuite.gateway.observability;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/** Gives every HTTP request its id before anything else handles it, so every response carries it. */
@ApplicationScoped
public class RequestIdRoute {

    /** Ahead of every other route, authentication included. */
    private static final int FIRST = -10_000;

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            String id = RequestId.accept(context.request().getHeader(RequestId.HEADER));
            // The request runs on its own duplicated Vert.x context, which holds the MDC of this request only.
            MDC.put(RequestId.MDC_KEY, id);
            context.put(RequestId.MDC_KEY, id);
            context.response().putHeader(RequestId.HEADER, id);
            context.next();
        });
    }
}
