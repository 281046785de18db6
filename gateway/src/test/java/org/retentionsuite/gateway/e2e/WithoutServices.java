package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.io.IOException;
import java.util.Map;

/**
 * The gateway alone, for the tests that need no service (the OpenAPI document, the anonymous rate limit):
 * the feedback client points at a port where nothing listens, anonymous answers are limited to bursts of 3
 * then 0.2 per second per address, and the loopback address is a trusted proxy.
 */
public class WithoutServices implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("retention.rate-limits.anonymous.per-second", "0.2",
                "retention.rate-limits.anonymous.burst", "3",
                "retention.rate-limits.anonymous.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1",
                "quarkus.grpc.clients.feedback.host", "localhost",
                "quarkus.grpc.clients.feedback.test-port", String.valueOf(closedPort()));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    private static int closedPort() {
        try {
            return RunningSuite.freePort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
