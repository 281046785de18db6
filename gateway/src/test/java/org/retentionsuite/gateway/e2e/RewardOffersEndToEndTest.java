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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/**
 * A reward given free of points, by an admin through {@code POST .../reward-offers} or by a playbook's
 * REWARD_OFFER action (segmentation's relay calls loyalty's OfferReward): a committed redemption of 0
 * points with a coupon code, within the reward's stock and per-member limit, issued once per key.
 */
@QuarkusTest
class RewardOffersEndToEndTest {

    @Test
    void anAdminOffersARewardFreeOfPointsOncePerIdempotencyKey() {
        String program = LoyaltyFixtures.newProgram("{}");
        String customer = "C-offer-" + UUID.randomUUID();
        LoyaltyFixtures.enroll(program, customer);
        String reward = reward(program, 2, 1);
        String path = "/api/v1/programs/" + program + "/members/" + customer + "/reward-offers";

        Response offered = asAdmin().header("Idempotency-Key", "offer-1")
                .body(Map.of("rewardId", reward, "reason", "goodwill: late delivery")).post(path);
        Response replayed = asAdmin().header("Idempotency-Key", "offer-1")
                .body(Map.of("rewardId", reward, "reason", "goodwill: late delivery")).post(path);

        assertEquals(201, offered.statusCode(), offered.asString());
        assertEquals(customer, offered.path("customerId"));
        assertEquals(reward, offered.path("rewardId"));
        assertEquals(0, (int) offered.path("points"));
        assertEquals("COMMITTED", offered.path("status"));
        assertEquals("goodwill: late delivery", offered.path("offerReason"));
        assertTrue(((String) offered.path("couponCode")).matches("RS(-[0-9A-HJKMNP-TV-Z]{4}){3}"), offered.asString());
        assertNull(offered.path("expiresAt"));
        assertEquals(Map.of("active", 0, "pending", 0, "reserved", 0, "lifetimeEarned", 0, "lifetimeSpent", 0,
                        "expired", 0, "debt", 0),
                offered.path("balance"));
        assertEquals(201, replayed.statusCode());
        assertEquals(offered.path("id"), (String) replayed.path("id"));
        assertEquals(1, stock(program));

        Response again = asAdmin().header("Idempotency-Key", "offer-2")
                .body(Map.of("rewardId", reward, "reason", "goodwill")).post(path);
        assertEquals(409, again.statusCode());
        assertEquals("/problems/member-limit-reached", again.path("type"));
        Response keyReused = asAdmin().header("Idempotency-Key", "offer-1")
                .body(Map.of("rewardId", reward, "reason", "another reason")).post(path);
        assertEquals(422, keyReused.statusCode());
        assertEquals("/problems/idempotency-key-reused", keyReused.path("type"));
        assertEquals(1, stock(program));
    }

    @Test
    void anOfferOutOfStockOrWithoutItsFieldsIsRefusedAndChangesNothing() {
        String program = LoyaltyFixtures.newProgram("{}");
        String customer = "C-offer-" + UUID.randomUUID();
        LoyaltyFixtures.enroll(program, customer);
        String reward = reward(program, 0, null);
        String path = "/api/v1/programs/" + program + "/members/" + customer + "/reward-offers";

        Response outOfStock = asAdmin().header("Idempotency-Key", "k").body(Map.of("rewardId", reward, "reason", "goodwill"))
                .post(path);
        Response incomplete = asAdmin().header("Idempotency-Key", "k2").body(Map.of("rewardId", reward)).post(path);
        Response keyless = asAdmin().body(Map.of("rewardId", reward, "reason", "goodwill")).post(path);

        assertEquals(409, outOfStock.statusCode());
        assertEquals("/problems/out-of-stock", outOfStock.path("type"));
        assertEquals(400, incomplete.statusCode());
        assertEquals(List.of(Map.of("field", "reason", "message", "must not be blank")), incomplete.path("errors"));
        assertEquals(400, keyless.statusCode());
        assertEquals(0, stock(program));
    }

    @Test
    void aPlaybooksRewardOfferReachesTheMemberInLoyaltyExactlyOnce() {
        String p = "offer-e2e-" + UUID.randomUUID() + "-";
        String customer = p + "ann";
        String program = LoyaltyFixtures.newProgram("{}");
        LoyaltyFixtures.enroll(program, customer);
        String reward = reward(program, 5, 1);
        String segment = asAdmin().body(Map.of("name", "offer buyers " + p, "rule", Map.of("all", List.of(
                        Map.of("field", "customerId", "operator", "startsWith", "values", List.of(p)),
                        Map.of("field", "purchaseCount", "operator", "atLeast", "values", List.of(1), "withinDays", 30)))))
                .post("/api/v1/segments").then().statusCode(201).extract().path("id");
        Response playbook = asAdmin().body(Map.of("name", "offer " + p, "trigger", Map.of("segmentId", segment),
                        "action", Map.of("kind", "REWARD_OFFER", "programId", program, "rewardId", reward),
                        "cooldownDays", 30, "controlShare", 0))
                .post("/api/v1/playbooks");
        assertEquals(201, playbook.statusCode(), playbook.asString());
        assertEquals(Map.of("kind", "REWARD_OFFER", "programId", program, "rewardId", reward), playbook.path("action"));
        assertEquals(Map.of("kind", "REWARD_OFFER", "programId", program, "rewardId", reward),
                asAdmin().get("/api/v1/playbooks/" + playbook.path("id")).path("action"));

        asAdmin().body(List.of(Map.of("eventId", UUID.randomUUID().toString(), "customerId", customer, "type", "PURCHASE",
                        "occurredAt", Instant.now().minusSeconds(60).toString(),
                        "amount", Map.of("currency", "USD", "amount", "10.00"))))
                .post("/api/v1/activities").then().statusCode(200);

        assertEquals(4, awaitStock(program, 4));
        sleep(Duration.ofSeconds(3)); // several relay passes (every 500 ms here): nothing is offered twice
        assertEquals(4, stock(program));
        // The playbook's offer counts against the member's limit of 1: an admin's offer is refused.
        Response second = asAdmin().header("Idempotency-Key", "after-playbook")
                .body(Map.of("rewardId", reward, "reason", "goodwill"))
                .post("/api/v1/programs/" + program + "/members/" + customer + "/reward-offers");
        assertEquals(409, second.statusCode());
        assertEquals("/problems/member-limit-reached", second.path("type"));
        assertEquals(0, (int) LoyaltyFixtures.member(program, customer).path("balance.active"));
    }

    private static String reward(String program, long stock, Integer perMemberLimit) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", Map.of("en", "Tote bag"), "kind", "FREE_PRODUCT",
                "pointsCost", 500, "stock", stock));
        if (perMemberLimit != null) {
            body.put("perMemberLimit", perMemberLimit);
        }
        return asAdmin().body(body).post("/api/v1/programs/" + program + "/rewards").then().statusCode(201)
                .extract().path("id");
    }

    private static int stock(String program) {
        return asAdmin().get("/api/v1/programs/" + program + "/rewards").then().statusCode(200)
                .extract().path("items[0].stock");
    }

    private static int awaitStock(String program, int expected) {
        Instant giveUp = Instant.now().plusSeconds(60);
        int stock = -1;
        while (Instant.now().isBefore(giveUp)) {
            stock = stock(program);
            if (stock == expected) {
                return stock;
            }
            sleep(Duration.ofMillis(250));
        }
        return stock;
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
