package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Every response names its request; the id reaches the services' logs through the gRPC metadata. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aWellFormedIdOfTheClientIsKeptInTheHeaderAndTheProblem() {
        asAdmin().header("X-Request-Id", "shop-42.checkout:7").get("/api/v1/programs/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", "shop-42.checkout:7")
                .body("requestId", equalTo("shop-42.checkout:7"));
    }

    @Test
    void anIdIsGeneratedWhenNoneOrAMalformedOneIsSent() {
        given().get("/api/v1/programs/P-1").then().statusCode(401)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("requestId", matchesPattern(UUID_PATTERN));
        asAdmin().header("X-Request-Id", "no spaces <script>").get("/api/v1/programs/P-1")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void theServiceLogsTheIdOfTheRequestItServed() throws Exception {
        String id = "req-" + UUID.randomUUID();
        asAdmin().header("X-Request-Id", id).get("/api/v1/programs/" + UUID.randomUUID()).then().statusCode(404);
        Path log = Path.of(System.getProperty("retention.suite.root", "..")).resolve("gateway/target/e2e-logs/loyalty.log");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(5));
        boolean logged = false;
        while (!logged && Instant.now().isBefore(giveUp)) {
            logged = Files.readString(log).contains("GetProgram NOT_FOUND") && Files.readString(log).contains("[request " + id + "]");
            Thread.sleep(100);
        }
        assertTrue(logged, "the loyalty service's log has no line with [request " + id + "]");
    }
}
