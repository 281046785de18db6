package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.member;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.memberWith35Points;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;

/** Points adjustments, idempotency keys on the creating calls, and reward values, through the REST API. */
@QuarkusTest
class LoyaltyAdjustmentsEndToEndTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAdjustmentAddsOrTakesBackPointsOnceWithItsReasonInTheLedger() {
        String programId = memberWith35Points();

        adjust(programId, "adj-1", 15, "goodwill").then().statusCode(200)
                .body("pointsAdjusted", equalTo(15))
                .body("balance.active", equalTo(50));
        adjust(programId, "adj-1", 15, "goodwill").then().statusCode(200)
                .body("pointsAdjusted", equalTo(15))
                .body("balance.active", equalTo(50));
        adjust(programId, "adj-2", -20, "playbook:correction").then().statusCode(200)
                .body("pointsAdjusted", equalTo(-20))
                .body("balance.active", equalTo(30));

        member(programId, "C-1").then().statusCode(200).body("balance.active", equalTo(30));
        asAdmin().queryParam("limit", 2).get("/api/v1/programs/" + programId + "/members/C-1/ledger").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.kind", equalTo(List.of("ADJUST", "ADJUST")))
                .body("items.activeDelta", equalTo(List.of(-20, 15)))
                .body("items.description", equalTo(List.of("playbook:correction", "goodwill")));
    }

    @Test
    void takingBackMoreThanTheActivePointsIsRefusedAndChangesNothing() {
        String programId = memberWith35Points();

        adjust(programId, "adj-1", -36, "correction").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-enough-points"));
        adjust(programId, "adj-1", 36, "correction").then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("/problems/idempotency-key-reused"));

        member(programId, "C-1").then().statusCode(200).body("balance.active", equalTo(35));
    }

    @Test
    void anAdjustmentWithoutKeyPointsOrReasonIsRefusedOnTheField() {
        String programId = memberWith35Points();
        String path = "/api/v1/programs/" + programId + "/members/C-1/adjustments";

        asAdmin().body(Map.of("points", 5, "reason", "goodwill")).post(path).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        asAdmin().header("Idempotency-Key", "adj-0").body(Map.of("points", 0, "reason", "goodwill")).post(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("points"))
                .body("errors[0].message", equalTo("must not be 0"));
        asAdmin().header("Idempotency-Key", "adj-0").body(Map.of("points", 5)).post(path)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("reason"));
        member(programId, "C-1").then().statusCode(200).body("balance.active", equalTo(35));
    }

    @Test
    void aProgrammeCreatedTwiceUnderOneKeyIsCreatedOnceAndAnotherUnderItIsRefused() {
        String body = """
                {"name": "Tea Club", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1}""";
        String key = "prog-" + System.nanoTime();

        String id = asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/programs")
                .then().statusCode(201).extract().path("id");
        asAdmin().header("Idempotency-Key", key).body(body).post("/api/v1/programs")
                .then().statusCode(201).body("id", equalTo(id));
        asAdmin().header("Idempotency-Key", key).body(body.replace("Tea", "Coffee")).post("/api/v1/programs")
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void anEnrolmentReplayedUnderItsKeyKeepsOneMemberAndAnotherUnderItIsRefused() {
        String programId = newProgram("{}");
        String path = "/api/v1/programs/" + programId + "/members";

        asAdmin().header("Idempotency-Key", "enrol-1").body(Map.of("customerId", "C-1")).post(path)
                .then().statusCode(201).body("customerId", equalTo("C-1"));
        asAdmin().header("Idempotency-Key", "enrol-1").body(Map.of("customerId", "C-1")).post(path)
                .then().statusCode(201).body("customerId", equalTo("C-1"));
        asAdmin().header("Idempotency-Key", "enrol-1").body(Map.of("customerId", "C-2")).post(path)
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("/problems/idempotency-key-reused"));

        asAdmin().get(path).then().statusCode(200).body("items.customerId", equalTo(List.of("C-1")));
    }

    @Test
    void aRewardKeepsItsValueAndIsCreatedOncePerKey() {
        String programId = newProgram("{}");
        String path = "/api/v1/programs/" + programId + "/rewards";
        String body = """
                {"name": {"en": "Five off"}, "kind": "FIXED_DISCOUNT", "pointsCost": 500,
                 "value": {"discount": {"currency": "EUR", "amount": "5.00"}}}""";

        String id = asAdmin().header("Idempotency-Key", "reward-1").body(body).post(path).then().statusCode(201)
                .body("value.discount.currency", equalTo("EUR"))
                .body("value.discount.amount", equalTo("5.00"))
                .body("value.percent", nullValue())
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "reward-1").body(body).post(path).then().statusCode(201).body("id", equalTo(id));
        asAdmin().header("Idempotency-Key", "reward-1").body(body.replace("500", "600")).post(path)
                .then().statusCode(422).contentType(PROBLEM).body("type", equalTo("/problems/idempotency-key-reused"));
        asAdmin().body("""
                        {"name": {"en": "Ten percent"}, "kind": "PERCENTAGE_DISCOUNT", "pointsCost": 300,
                         "value": {"percent": "10"}}""").post(path).then().statusCode(201)
                .body("value.percent", equalTo("10"));

        asAdmin().get(path).then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void aRewardValueThatDoesNotFitItsKindIsRefusedOnTheField() {
        String programId = newProgram("{}");

        asAdmin().body("""
                        {"name": {"en": "Mug"}, "kind": "FREE_PRODUCT", "pointsCost": 300,
                         "value": {"discount": {"currency": "EUR", "amount": "5.00"}}}""")
                .post("/api/v1/programs/" + programId + "/rewards").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("value.discount", "value.sku")));
    }

    private static Response adjust(String programId, String key, long points, String reason) {
        return asAdmin().header("Idempotency-Key", key).body(Map.of("points", points, "reason", reason))
                .post("/api/v1/programs/" + programId + "/members/C-1/adjustments");
    }
}
