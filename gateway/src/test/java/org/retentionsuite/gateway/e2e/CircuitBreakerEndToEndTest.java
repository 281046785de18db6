package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * The loyalty service's circuit breaker (tests: 5 failures in a row open it for 1 s) against the real
 * service process: it opens when the service is down or hangs, then the gateway answers at once, and it
 * closes again once the service is back.
 */
@QuarkusTest
class CircuitBreakerEndToEndTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final String TYPE_CIRCUIT_OPEN = "/problems/circuit-open";

    @Test
    void aHangingServiceOpensItsCircuitThenCallsFailFastWithoutWaitingForTheDeadlineAndItClosesOnceTheServiceIsBack()
            throws IOException {
        String program = "/api/v1/programs/" + UUID.randomUUID();
        asAdmin().get(program).then().statusCode(404);
        ServiceProcess loyalty = RunningSuite.service("loyalty");
        loyalty.stop();
        try (BlackHole hole = new BlackHole(loyalty.port())) {
            List<Integer> beforeOpen = callUntilTheCircuitOpens(program);
            // Each call failed at least once (a timeout is not retried, a refusal is): 5 failures need at most 5 calls.
            assertTrue(!beforeOpen.isEmpty() && beforeOpen.size() <= 5, "statuses before the circuit opened: " + beforeOpen);
            assertTrue(beforeOpen.contains(504), "the hanging service was answered at the deadline: " + beforeOpen);

            Instant start = Instant.now();
            Response open = asAdmin().get(program);
            Duration took = Duration.between(start, Instant.now());

            assertCircuitOpen(open);
            assertTrue(took.compareTo(DEADLINE.dividedBy(4)) < 0, "an open circuit answered after " + took);
            // Only the loyalty circuit is open: the other services are still called.
            asAdmin().get("/api/v1/surveys/" + UUID.randomUUID()).then().statusCode(404);
        } finally {
            loyalty.restart();
        }
        // After its open time a probe reaches the restarted service, and the circuit closes.
        ServiceOutageTest.awaitStatus(program, 404);
        for (int i = 0; i < 10; i++) {
            asAdmin().get(program).then().statusCode(404);
        }
    }

    @Test
    void aStoppedServiceOpensItsCircuitWithRetryAfterAndItClosesOnceTheServiceIsBack() {
        String program = "/api/v1/programs/" + UUID.randomUUID();
        asAdmin().get(program).then().statusCode(404);
        ServiceProcess loyalty = RunningSuite.service("loyalty");
        loyalty.stop();
        try {
            List<Integer> beforeOpen = callUntilTheCircuitOpens(program);
            assertEquals(List.of(503), beforeOpen.stream().distinct().toList(),
                    "a stopped service is unavailable until its circuit opens");
            assertCircuitOpen(asAdmin().get(program));
        } finally {
            loyalty.restart();
        }
        ServiceOutageTest.awaitStatus(program, 404);
        asAdmin().get(program).then().statusCode(404);
    }

    /** Calls until the answer says the circuit is open; the statuses of the calls before it. */
    private static List<Integer> callUntilTheCircuitOpens(String path) {
        List<Integer> statuses = new ArrayList<>();
        for (int call = 0; call < 10; call++) {
            Response response = asAdmin().get(path);
            if (TYPE_CIRCUIT_OPEN.equals(response.path("type"))) {
                return statuses;
            }
            response.then().contentType("application/problem+json");
            statuses.add(response.statusCode());
        }
        throw new AssertionError("the circuit did not open; statuses " + statuses);
    }

    private static void assertCircuitOpen(Response response) {
        response.then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo(TYPE_CIRCUIT_OPEN))
                .body("title", equalTo("The service keeps failing; the gateway does not call it for a while"))
                .body("detail", equalTo("the loyalty service failed repeatedly; the gateway stops calling it for 1 s; "
                        + "try again later"));
    }
}
