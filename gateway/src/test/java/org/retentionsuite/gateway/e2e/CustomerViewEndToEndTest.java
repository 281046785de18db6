package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        // Later tests need segmentation again: allow the gateway its gRPC reconnect back-off.
        ServiceOutageTest.awaitStatus("/api/v1/customers/nobody-" + UUID.randomUUID() + "/insights", 404);
    }

    @Test
    void theViewAndTheInsightsListTheSegmentsTheCustomerIsInByNameWithTheirEntryTimes() {
        String customer = "C-360-seg-" + UUID.randomUUID();
        String outsider = "C-360-none-" + UUID.randomUUID();
        asAdmin().body(List.of(purchaseOf(customer), purchaseOf(outsider))).post("/api/v1/activities")
                .then().statusCode(200).body("recorded", equalTo(2));
        Map<String, Object> later = segmentOf("zz 360 " + customer, customer);
        Map<String, Object> earlier = segmentOf("aa 360 " + customer, customer);
        List<Map<String, Object>> expected = List.of(
                Map.of("segmentId", earlier.get("id"), "segmentName", earlier.get("name"), "enteredAt", earlier.get("createdAt")),
                Map.of("segmentId", later.get("id"), "segmentName", later.get("name"), "enteredAt", later.get("createdAt")));

        asAdmin().get("/api/v1/customers/" + customer).then().statusCode(200)
                .body("insights.customerId", equalTo(customer))
                .body("insights.segments", equalTo(expected))
                .body("warnings", hasSize(0));
        asAdmin().get("/api/v1/customers/" + customer + "/insights").then().statusCode(200)
                .body("segments", equalTo(expected));
        asAdmin().get("/api/v1/customers/" + outsider).then().statusCode(200)
                .body("insights.customerId", equalTo(outsider))
                .body("insights.segments", equalTo(List.of()));
        asAdmin().get("/api/v1/customers/" + outsider + "/insights").then().statusCode(200)
                .body("segments", equalTo(List.of()));
    }

    private static Map<String, Object> purchaseOf(String customer) {
        return Map.of("eventId", customer + "-p", "customerId", customer, "type", "PURCHASE",
                "occurredAt", "2026-03-01T10:00:00Z", "amount", Map.of("currency", "USD", "amount", "20.00"));
    }

    /** A segment of exactly this customer, as created (its members entered at its creation). */
    private static Map<String, Object> segmentOf(String name, String customer) {
        return asAdmin().body(Map.of("name", name, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "equals", "values", List.of(customer))))))
                .post("/api/v1/segments").then().statusCode(201).body("memberCount", equalTo(1))
                .extract().jsonPath().getMap("$");
    }
}
