package org.retentionsuite.gateway.e2e;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Programmes, members, rules and rewards the loyalty end-to-end tests start from. */
final class LoyaltyFixtures {

    /** Purchases happen a day before the test, so that they are never in the service's future. */
    static final Instant YESTERDAY = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    private LoyaltyFixtures() {
    }

    /** A programme in EUR at 1 point per euro, rounding down; {@code terms} adds to or overrides that. */
    static String newProgram(String terms) {
        String base = """
                {"name": "Coffee Club", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1""";
        String extra = terms.strip().substring(1, terms.strip().length() - 1).strip();
        return asAdmin().body(base + (extra.isEmpty() ? "" : ", " + extra) + "}")
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
    }

    static void enroll(String programId, String customerId) {
        asAdmin().body(Map.of("customerId", customerId)).post("/api/v1/programs/" + programId + "/members")
                .then().statusCode(201);
    }

    /** Enrols with the optional fields of {@code fields} (country, birthday, referralCode...); answers the response. */
    static Response enrollWith(String programId, String customerId, Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("customerId", customerId);
        return asAdmin().body(body).post("/api/v1/programs/" + programId + "/members");
    }

    static String memberWith35Points() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        coffeeRule(programId);
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200).body("pointsEarned", equalTo(35));
        return programId;
    }

    /** Double points on coffee. */
    static String coffeeRule(String programId) {
        return asAdmin().body(Map.of("match", "CATEGORY", "value", "coffee", "multiplier", "2"))
                .post("/api/v1/programs/" + programId + "/earning-rules").then().statusCode(201)
                .body("match", equalTo("CATEGORY"))
                .body("value", equalTo("coffee"))
                .body("multiplier", equalTo("2"))
                .extract().path("id");
    }

    /** 25.50 EUR, of which 10.00 on coffee: 25 base points plus 10 for the coffee rule. */
    static String coffeePurchase(String customerId, String orderId) {
        return """
                {"customerId": "%s", "orderId": "%s", "amount": {"currency": "EUR", "amount": "25.50"},
                 "lines": [{"sku": "BEANS-1", "category": "coffee", "quantity": 2, "amount": {"currency": "EUR", "amount": "10.00"}},
                           {"sku": "MUG-1", "category": "kitchen", "quantity": 1, "amount": {"currency": "EUR", "amount": "15.50"}}],
                 "occurredAt": "%s"}""".formatted(customerId, orderId, YESTERDAY);
    }

    /** A purchase of {@code amount} EUR without lines: 1 point per whole euro. */
    static String plainPurchase(String customerId, String orderId, String amount) {
        return """
                {"customerId": "%s", "orderId": "%s", "amount": {"currency": "EUR", "amount": "%s"}, "occurredAt": "%s"}"""
                .formatted(customerId, orderId, amount, YESTERDAY);
    }

    static String eventRule(String programId, String body) {
        return asAdmin().body(body).post("/api/v1/programs/" + programId + "/event-rules").then().statusCode(201)
                .extract().path("id");
    }

    static Response event(String programId, String customerId, String key, String eventKey) {
        return asAdmin().header("Idempotency-Key", key)
                .body(Map.of("eventKey", eventKey, "occurredAt", YESTERDAY.toString()))
                .post("/api/v1/programs/" + programId + "/members/" + customerId + "/events");
    }

    static String returnOf(String customerId, String returnId, String orderId, String amount) {
        return """
                {"customerId": "%s", "returnId": "%s", "orderId": "%s", "amount": {"currency": "EUR", "amount": "%s"},
                 "occurredAt": "%s"}""".formatted(customerId, returnId, orderId, amount, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    static Response purchase(String programId, String key, String body) {
        return asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/programs/" + programId + "/purchases");
    }

    static String reward(String programId, long pointsCost, Integer stock) {
        String body = """
                {"name": {"en": "Free coffee"}, "kind": "FREE_PRODUCT", "pointsCost": %d%s}"""
                .formatted(pointsCost, stock == null ? "" : ", \"stock\": " + stock);
        return asAdmin().body(body).post("/api/v1/programs/" + programId + "/rewards").then().statusCode(201)
                .extract().path("id");
    }

    static Response redeem(String programId, String customerId, String rewardId,
            boolean reserve, String key) {
        RequestSpecification request = asAdmin().header("Idempotency-Key", key)
                .body(Map.of("rewardId", rewardId, "reserve", reserve));
        return request.post("/api/v1/programs/" + programId + "/members/" + customerId + "/redemptions");
    }

    static Response member(String programId, String customerId) {
        return asAdmin().get("/api/v1/programs/" + programId + "/members/" + customerId);
    }
}
