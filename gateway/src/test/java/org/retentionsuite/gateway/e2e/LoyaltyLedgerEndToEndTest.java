package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.YESTERDAY;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeePurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeeRule;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enroll;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.member;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.memberWith35Points;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.purchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.redeem;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.returnOf;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.reward;

/** The loyalty ledger through the REST API: terms, purchases, returns, the ledger, rewards and redemptions. */
@QuarkusTest
class LoyaltyLedgerEndToEndTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String COUPON_PATTERN = "RS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";

    @Test
    void aProgrammeIsCreatedWithItsTermsAndReadBack() {
        String programId = asAdmin().body("""
                        {"name": "Tea Club", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1.5,
                         "rounding": "HALF_UP", "pendingDays": 14, "expiry": {"kind": "END_OF_MONTH", "periodsAfter": 12},
                         "returnPolicy": "STOP_AT_ZERO", "exchangeRates": {"USD": "0.92", "GBP": "1.17"},
                         "reservationMinutes": 30}""")
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");

        asAdmin().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("pointsPerCurrencyUnit", equalTo(1.5f))
                .body("rounding", equalTo("HALF_UP"))
                .body("pendingDays", equalTo(14))
                .body("expiry.kind", equalTo("END_OF_MONTH"))
                .body("expiry.days", equalTo(0))
                .body("expiry.periodsAfter", equalTo(12))
                .body("returnPolicy", equalTo("STOP_AT_ZERO"))
                .body("exchangeRates", equalTo(Map.of("GBP", "1.17", "USD", "0.92")))
                .body("reservationMinutes", equalTo(30));
    }

    @Test
    void aProgrammeCreatedWithoutTermsGetsTheServiceDefaults() {
        String programId = newProgram("{}");

        asAdmin().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("rounding", equalTo("DOWN"))
                .body("pendingDays", equalTo(0))
                .body("expiry.kind", equalTo("NEVER"))
                .body("returnPolicy", equalTo("ALLOW_NEGATIVE"))
                .body("exchangeRates", anEmptyMap())
                .body("reservationMinutes", equalTo(15));
    }

    @Test
    void aTermOnlyTheServiceChecksIsNamedAsTheClientWroteIt() {
        asAdmin().body("""
                        {"name": "Bad", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1,
                         "expiry": {"kind": "AFTER_DAYS"}, "exchangeRates": {"EUR": "1"}}""")
                .post("/api/v1/programs").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("expiry.days", "exchangeRates[EUR]")));
    }

    @Test
    void aBadTermIsRefusedOnItsField() {
        asAdmin().body("""
                        {"name": "Bad", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1,
                         "rounding": "SIDEWAYS"}""")
                .post("/api/v1/programs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("rounding"))
                .body("errors[0].message", equalTo("must be one of DOWN, HALF_UP, UP"));
        asAdmin().body("""
                        {"name": "Bad", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1,
                         "exchangeRates": {"USD": "lots"}}""")
                .post("/api/v1/programs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("exchangeRates[USD]"))
                .body("errors[0].message", equalTo("must be a decimal string such as \"0.92\""));
        asAdmin().body("""
                        {"name": "Bad", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1,
                         "exchangeRates": {"USD": 0.92}}""")
                .post("/api/v1/programs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("exchangeRates[USD]"))
                .body("errors[0].message", equalTo("must be a string"));
        asAdmin().body("""
                        {"name": "Bad", "currency": "EUR", "timeZone": "Europe/Amsterdam", "pointsPerCurrencyUnit": 1,
                         "expiry": {"kind": "AFTER_DAYS", "days": 99999999999}}""")
                .post("/api/v1/programs").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("expiry.days"));
    }

    @Test
    void aPurchaseEarnsTheBaseRateAndTheCategoryRuleExtra() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        String ruleId = coffeeRule(programId);

        asAdmin().header("Idempotency-Key", "buy-1").body(coffeePurchase("C-1", "A-1"))
                .post("/api/v1/programs/" + programId + "/purchases").then().statusCode(200)
                .body("pointsEarned", equalTo(35))
                .body("breakdown", hasSize(2))
                .body("breakdown[0].rule", equalTo("base"))
                .body("breakdown[0].description", equalTo("base rate 1 per EUR"))
                .body("breakdown[0].points", equalTo(25))
                .body("breakdown[1].rule", equalTo(ruleId))
                .body("breakdown[1].description", equalTo("2x points on category coffee"))
                .body("breakdown[1].points", equalTo(10))
                .body("balance.active", equalTo(35))
                .body("balance.pending", equalTo(0))
                .body("balance.reserved", equalTo(0))
                .body("balance.lifetimeEarned", equalTo(35))
                .body("balance.lifetimeSpent", equalTo(0))
                .body("balance.expired", equalTo(0))
                .body("balance.debt", equalTo(0));
    }

    @Test
    void aPurchaseReplayedWithTheSameKeyReturnsTheFirstResultAndEarnsNothingMore() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        coffeeRule(programId);
        String first = purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200)
                .extract().asString();

        String replay = purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200)
                .extract().asString();

        assertEquals(first, replay);
        member(programId, "C-1").then().body("balance.active", equalTo(35)).body("balance.lifetimeEarned", equalTo(35));
    }

    @Test
    void theSameKeyWithAnotherPurchaseIsUnprocessable() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200);

        purchase(programId, "buy-1", coffeePurchase("C-1", "A-2")).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("/problems/idempotency-key-reused"))
                .body("title", equalTo("The idempotency key was used for another request"))
                .body("status", equalTo(422));
        member(programId, "C-1").then().body("balance.active", equalTo(25));
    }

    @Test
    void aPurchaseWithoutAnIdempotencyKeyIsRefusedNamingTheHeader() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");

        asAdmin().body(coffeePurchase("C-1", "A-1")).post("/api/v1/programs/" + programId + "/purchases")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("is required"));
        member(programId, "C-1").then().body("balance.lifetimeEarned", equalTo(0));
    }

    @Test
    void aLineInAnotherCurrencyIsNamedByItsIndex() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        String body = """
                {"customerId": "C-1", "orderId": "A-1", "amount": {"currency": "EUR", "amount": "10.00"},
                 "lines": [{"sku": "B", "quantity": 1, "amount": {"currency": "USD", "amount": "10.00"}}],
                 "occurredAt": "%s"}""".formatted(YESTERDAY);

        purchase(programId, "buy-1", body).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("lines[0].amount.currency"))
                .body("errors[0].message", equalTo("must be the purchase's currency EUR"));
    }

    @Test
    void aReturnTakesBackThePointsOfTheReturnedShare() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        coffeeRule(programId);
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200);

        asAdmin().body(returnOf("C-1", "R-1", "A-1", "10.20")).post("/api/v1/programs/" + programId + "/returns")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("is required"));
        asAdmin().header("Idempotency-Key", "return-1").body(returnOf("C-1", "R-1", "A-1", "10.20"))
                .post("/api/v1/programs/" + programId + "/returns")
                .then().statusCode(200)
                .body("pointsReversed", equalTo(14))
                .body("shortfall", equalTo(0))
                .body("balance.active", equalTo(21));
    }

    @Test
    void theLedgerIsPagedNewestFirstUntilTheLastPage() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        coffeeRule(programId);
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200);
        String rewardId = reward(programId, 10, null);
        String redemptionId = redeem(programId, "C-1", rewardId, false, "redeem-1").then().statusCode(201)
                .extract().path("id");
        asAdmin().header("Idempotency-Key", "return-1").body(returnOf("C-1", "R-1", "A-1", "10.20"))
                .post("/api/v1/programs/" + programId + "/returns")
                .then().statusCode(200);
        String ledger = "/api/v1/programs/" + programId + "/members/C-1/ledger";

        String cursor = asAdmin().queryParam("limit", 1).get(ledger).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("RETURN"))
                .body("items[0].activeDelta", equalTo(-14))
                .body("items[0].reference", equalTo("R-1"))
                .body("items[0].description", equalTo("return R-1 of order A-1"))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        cursor = asAdmin().queryParam("limit", 1).queryParam("cursor", cursor).get(ledger).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("SPEND"))
                .body("items[0].activeDelta", equalTo(-10))
                .body("items[0].reference", equalTo(redemptionId))
                .extract().path("nextCursor");
        asAdmin().queryParam("limit", 1).queryParam("cursor", cursor).get(ledger).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].kind", equalTo("EARN"))
                .body("items[0].activeDelta", equalTo(35))
                .body("items[0].pendingDelta", equalTo(0))
                .body("items[0].reservedDelta", equalTo(0))
                .body("items[0].debtDelta", equalTo(0))
                .body("items[0].reference", equalTo("A-1"))
                .body("items[0].occurredAt", equalTo(YESTERDAY.toString()))
                .body("nextCursor", nullValue());
        asAdmin().get(ledger).then().statusCode(200)
                .body("items.kind", equalTo(List.of("RETURN", "SPEND", "EARN")))
                .body("nextCursor", nullValue());
    }

    @Test
    void aLedgerLimitOutsideOneToFiveHundredIsRefused() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");

        for (String limit : List.of("0", "501", "ten")) {
            asAdmin().queryParam("limit", limit).get("/api/v1/programs/" + programId + "/members/C-1/ledger")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("limit"))
                    .body("errors[0].message", equalTo("must be an integer between 1 and 500"));
        }
    }

    @Test
    void pointsThatExpireWithinTheDaysAskedForAreListed() {
        String programId = newProgram("""
                {"expiry": {"kind": "AFTER_DAYS", "days": 20}}""");
        enroll(programId, "C-1");
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200);
        Instant expiresAt = YESTERDAY.atZone(ZoneId.of("Europe/Amsterdam")).plusDays(20).toInstant();
        String expiring = "/api/v1/programs/" + programId + "/members/C-1/expiring-points";

        asAdmin().queryParam("days", 30).get(expiring).then().statusCode(200)
                .body("total", equalTo(25))
                .body("items", hasSize(1))
                .body("items[0].expiresAt", equalTo(expiresAt.toString()))
                .body("items[0].points", equalTo(25));
        asAdmin().queryParam("days", 10).get(expiring).then().statusCode(200)
                .body("total", equalTo(0))
                .body("items", hasSize(0));
    }

    @Test
    void rewardsAreCreatedAndListed() {
        String programId = newProgram("{}");

        String rewardId = asAdmin().body("""
                        {"name": {"en": "Free coffee", "nl": "Gratis koffie"}, "kind": "FREE_PRODUCT", "pointsCost": 10,
                         "stock": 5, "validFrom": "2026-01-01T00:00:00Z"}""")
                .post("/api/v1/programs/" + programId + "/rewards").then().statusCode(201)
                .body("id", matchesPattern(UUID_PATTERN))
                .extract().path("id");

        asAdmin().get("/api/v1/programs/" + programId + "/rewards").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(rewardId))
                .body("items[0].programId", equalTo(programId))
                .body("items[0].name", equalTo(Map.of("en", "Free coffee", "nl", "Gratis koffie")))
                .body("items[0].kind", equalTo("FREE_PRODUCT"))
                .body("items[0].pointsCost", equalTo(10))
                .body("items[0].stock", equalTo(5))
                .body("items[0].perMemberLimit", nullValue())
                .body("items[0].validFrom", equalTo("2026-01-01T00:00:00Z"))
                .body("items[0].validUntil", nullValue());
    }

    @Test
    void redeemingAtOnceSpendsThePointsAndGivesACoupon() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 10, null);

        redeem(programId, "C-1", rewardId, false, "redeem-1").then().statusCode(201)
                .body("id", matchesPattern(UUID_PATTERN))
                .body("rewardId", equalTo(rewardId))
                .body("points", equalTo(10))
                .body("status", equalTo("COMMITTED"))
                .body("couponCode", matchesPattern(COUPON_PATTERN))
                .body("createdAt", notNullValue())
                .body("expiresAt", nullValue())
                .body("balance.active", equalTo(25))
                .body("balance.lifetimeSpent", equalTo(10));
    }

    @Test
    void aReservationHoldsThePointsUntilItIsCommitted() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 10, null);
        String redemptionId = redeem(programId, "C-1", rewardId, true, "reserve-1").then().statusCode(201)
                .body("status", equalTo("RESERVED"))
                .body("expiresAt", notNullValue())
                .body("balance.active", equalTo(25))
                .body("balance.reserved", equalTo(10))
                .extract().path("id");

        asAdmin().post("/api/v1/programs/" + programId + "/redemptions/" + redemptionId + "/commit")
                .then().statusCode(200)
                .body("id", equalTo(redemptionId))
                .body("status", equalTo("COMMITTED"))
                .body("balance.active", equalTo(25))
                .body("balance.reserved", equalTo(0));
    }

    @Test
    void aCancelledReservationGivesThePointsBack() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 10, null);
        String redemptionId = redeem(programId, "C-1", rewardId, true, "reserve-1").then().statusCode(201)
                .extract().path("id");

        asAdmin().post("/api/v1/programs/" + programId + "/redemptions/" + redemptionId + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("balance.active", equalTo(35))
                .body("balance.reserved", equalTo(0));
        member(programId, "C-1").then().body("balance.active", equalTo(35));
    }

    @Test
    void aRedemptionWithoutAnIdempotencyKeyIsRefusedNamingTheHeader() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 10, null);

        asAdmin().body(Map.of("rewardId", rewardId))
                .post("/api/v1/programs/" + programId + "/members/C-1/redemptions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void redeemingMoreThanTheBalanceIsRefused() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 100, null);

        redeem(programId, "C-1", rewardId, false, "redeem-1").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-enough-points"))
                .body("title", equalTo("Not enough points"))
                .body("status", equalTo(409))
                .body("detail", equalTo("customer C-1 has 35 active points, reward " + rewardId + " costs 100"));
        member(programId, "C-1").then().body("balance.active", equalTo(35));
    }

    @Test
    void aRewardOutOfStockIsRefused() {
        String programId = memberWith35Points();
        String rewardId = reward(programId, 10, 1);
        redeem(programId, "C-1", rewardId, false, "redeem-1").then().statusCode(201);

        redeem(programId, "C-1", rewardId, false, "redeem-2").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/out-of-stock"))
                .body("title", equalTo("The reward is out of stock"));
        member(programId, "C-1").then().body("balance.active", equalTo(25));
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String programId = newProgram("{}");
        String rewardId = reward(programId, 10, null);

        purchase(programId, "buy-1", coffeePurchase("C-nobody", "A-1")).then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
        asAdmin().get("/api/v1/programs/" + programId + "/members/C-nobody/ledger").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        redeem(programId, "C-nobody", rewardId, false, "redeem-1").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }
}
