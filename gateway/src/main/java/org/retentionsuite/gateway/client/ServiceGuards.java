package org.retentionsuite.gateway.client;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One circuit breaker per service, and the retry settings every call uses. */
@ApplicationScoped
@Unremovable // looked up by DownstreamCall, which is not a bean
public class ServiceGuards {

    private final ResilienceConfig config;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    public ServiceGuards(ResilienceConfig config) {
        this.config = config;
    }

    public CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service,
                name -> new CircuitBreaker(config.failureThreshold(), config.openFor(), System::nanoTime));
    }

    ResilienceConfig config() {
        return config;
    }
}
