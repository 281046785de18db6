package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** A service that is down or hangs never makes the gateway hang: it answers within its deadline (2 s). */
@QuarkusTest
class ServiceOutageTest {

    private static final Duration DEADLINE = Duration.ofSeconds(2);

    @Test
    void aStoppedServiceIsAnswered503WithinTheDeadlineAndServesAgainOnceRestarted() {
        String surveyId = asAdmin()
                .body(Map.of("name", "Outage", "kind", "CSAT", "defaultLanguage", "en", "question", Map.of("en", "Happy?")))
                .post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        ServiceProcess feedback = RunningSuite.service("feedback");
        feedback.stop();
        try {
            Instant start = Instant.now();
            Response response = asAdmin().get("/api/v1/surveys/" + surveyId);
            Duration took = Duration.between(start, Instant.now());

            response.then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/service-unavailable"))
                    .body("detail", equalTo("the feedback service is unavailable; try again later"));
            assertTrue(took.compareTo(DEADLINE) < 0, "answered after " + took);
            // The other services are unaffected.
            asAdmin().get("/api/v1/programs/" + UUID.randomUUID()).then().statusCode(404);
        } finally {
            feedback.restart();
        }
        awaitStatus("/api/v1/surveys/" + surveyId, 200);
    }

    @Test
    void aServiceThatAcceptsConnectionsButNeverAnswersIsAnswered504AtTheDeadline() throws IOException {
        ServiceProcess segmentation = RunningSuite.service("segmentation");
        segmentation.stop();
        try (BlackHole hole = new BlackHole(segmentation.port())) {
            Instant start = Instant.now();
            Response response = asAdmin().get("/api/v1/customers/C-1/insights");
            Duration took = Duration.between(start, Instant.now());

            response.then().statusCode(504)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/service-timeout"))
                    .body("detail", equalTo("the segmentation service did not answer within the gateway's deadline"));
            assertTrue(took.compareTo(DEADLINE.minusMillis(100)) >= 0, "answered before the deadline: " + took);
            assertTrue(took.compareTo(DEADLINE.plusSeconds(5)) < 0, "hung for " + took);
        } finally {
            segmentation.restart();
        }
        awaitStatus("/api/v1/customers/nobody-" + UUID.randomUUID() + "/insights", 404);
    }

    /** The gateway reconnects on its own; allow it the gRPC reconnect back-off. */
    static void awaitStatus(String path, int expected) {
        Instant giveUp = Instant.now().plusSeconds(30);
        int status = -1;
        String answer = "";
        while (Instant.now().isBefore(giveUp)) {
            Response response = asAdmin().get(path);
            status = response.statusCode();
            if (status == expected) {
                return;
            }
            answer = response.body().asString();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(expected, status, "the gateway did not recover after the service restarted; its last answer: " + answer);
    }
}
