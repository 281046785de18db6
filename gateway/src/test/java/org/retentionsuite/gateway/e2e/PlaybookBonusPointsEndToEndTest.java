package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * A playbook's bonus points reach the member in real loyalty: segmentation's outbox relay calls
 * loyalty's AdjustPoints (RunningSuite points segmentation's loyalty client at the loyalty process),
 * once per run, with the run's event key as the idempotency key. Loyalty books them as one ADJUST
 * entry, active at once; adjustments do not count as lifetime earned (loyalty's README).
 */
@QuarkusTest
class PlaybookBonusPointsEndToEndTest {

    @Test
    void aCustomerWhoEntersTheSegmentGetsTheBonusPointsInLoyaltyExactlyOnce() {
        String p = "bonus-e2e-" + UUID.randomUUID() + "-";
        String customer = p + "ann";
        String program = asAdmin().body(Map.of("name", "Bonus " + p, "currency", "USD", "timeZone", "UTC",
                        "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("customerId", customer)).post("/api/v1/programs/" + program + "/members")
                .then().statusCode(201);
        String segment = asAdmin().body(Map.of("name", "bonus buyers " + p, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                        Map.of("field", "purchaseCount", "operator", "atLeast", "values", List.of(1), "withinDays", 30)))))
                .post("/api/v1/segments").then().statusCode(201).extract().path("id");
        asAdmin().body(Map.of("name", "bonus " + p, "trigger", Map.of("segmentId", segment),
                        "action", Map.of("kind", "BONUS_POINTS", "programId", program, "points", 100),
                        "cooldownDays", 30, "controlShare", 0))
                .post("/api/v1/playbooks").then().statusCode(201);

        // Activity straight to segmentation, so the only points the member gets are the bonus.
        asAdmin().body(List.of(Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "PURCHASE",
                        "occurredAt", Instant.now().minusSeconds(60).toString(),
                        "amount", Map.of("currency", "USD", "amount", "10.00"))))
                .post("/api/v1/activities").then().statusCode(200);

        assertEquals(100, awaitActivePoints(program, customer, 100));
        sleep(Duration.ofSeconds(3)); // several relay passes (every 500 ms here): nothing is applied twice
        Response member = asAdmin().get("/api/v1/programs/" + program + "/members/" + customer);
        assertEquals(100, ((Number) member.path("balance.active")).intValue());
        assertEquals(0, ((Number) member.path("balance.lifetimeEarned")).intValue());
        Response ledger = asAdmin().get("/api/v1/programs/" + program + "/members/" + customer + "/ledger");
        assertEquals(List.of("ADJUST"), ledger.path("items.kind"));
        assertEquals(List.of(100), ledger.path("items.activeDelta"));
        assertEquals(List.of("playbook:bonus " + p), ledger.path("items.description"));
    }

    private static int awaitActivePoints(String program, String customer, int expected) {
        Instant giveUp = Instant.now().plusSeconds(60);
        int active = -1;
        while (Instant.now().isBefore(giveUp)) {
            Response member = asAdmin().get("/api/v1/programs/" + program + "/members/" + customer);
            active = ((Number) member.path("balance.active")).intValue();
            if (active == expected) {
                return active;
            }
            sleep(Duration.ofMillis(250));
        }
        return active;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
