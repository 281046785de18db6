package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeePurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeeRule;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enroll;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.purchase;

/**
 * The customer 360 view fans out to the three services; with one of them down it answers the parts it
 * has and a warning for the missing one, within the deadline.
 */
@QuarkusTest
class CustomerViewEndToEndTest {

    @Test
    void theViewHasEachProgrammesBalanceAndWithAServiceDownAWarningInsteadOfItsPart() {
        String customerId = "C-360-" + System.nanoTime();
        String programId = newProgram("{}");
        enroll(programId, customerId);
        coffeeRule(programId);
        purchase(programId, "buy-" + customerId, coffeePurchase(customerId, "O-" + customerId)).then().statusCode(200);

        asAdmin().get("/api/v1/customers/" + customerId).then().statusCode(200)
                .body("customerId", equalTo(customerId))
                .body("memberships", hasSize(1))
                .body("memberships[0].programId", equalTo(programId))
                .body("memberships[0].status", equalTo("ACTIVE"))
                .body("memberships[0].balance.active", equalTo(35))
                .body("memberships[0].badges", hasSize(0))
                .body("feedback.recentScores", hasSize(0))
                .body("feedback.openCases", hasSize(0))
                .body("warnings", hasSize(0));

        ServiceProcess segmentation = RunningSuite.service("segmentation");
        segmentation.stop();
        try {
            Instant start = Instant.now();
            Response response = asAdmin().get("/api/v1/customers/" + customerId);
            Duration took = Duration.between(start, Instant.now());
            response.then().statusCode(200)
                    .body("memberships[0].balance.active", equalTo(35))
                    .body("insights", nullValue())
                    .body("feedback.recentScores", hasSize(0))
                    .body("warnings", equalTo(List.of(
                            Map.of("part", "insights", "detail", "the segmentation service is unavailable"))));
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "answered after " + took);
        } finally {
            segmentation.restart();
        }
    }
}
