package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.YESTERDAY;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.coffeePurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enroll;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.enrollWith;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.event;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.eventRule;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.member;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.newProgram;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.plainPurchase;
import static org.retentionsuite.gateway.e2e.LoyaltyFixtures.purchase;

/** The loyalty programme beyond points for purchases: member listing, suspension, tiers, events, referrals, challenges. */
@QuarkusTest
class LoyaltyProgrammeEndToEndTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String REFERRAL_CODE = "[0-9A-Z]{8}";

    @Test
    void membersAreListedByFilterAndPagedByCursor() {
        String programId = newProgram("{}");
        enrollWith(programId, "C-1", Map.of("country", "NL", "birthday", "1990-04-30", "marketingConsent", true))
                .then().statusCode(201);
        enrollWith(programId, "C-2", Map.of("country", "BE", "marketingConsent", true)).then().statusCode(201);
        enrollWith(programId, "C-3", Map.of("country", "NL")).then().statusCode(201);
        enrollWith(programId, "C-4", Map.of("country", "NL", "marketingConsent", true)).then().statusCode(201);
        String members = "/api/v1/programs/" + programId + "/members";

        String cursor = asAdmin().queryParam("country", "NL").queryParam("marketingConsent", true).queryParam("limit", 1)
                .get(members).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].customerId", equalTo("C-1"))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].country", equalTo("NL"))
                .body("items[0].birthday", equalTo("1990-04-30"))
                .body("items[0].marketingConsent", equalTo(true))
                .body("items[0].referralCode", matchesPattern(REFERRAL_CODE))
                .body("items[0].referredBy", nullValue())
                .body("items[0].tier", nullValue())
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        asAdmin().queryParam("country", "NL").queryParam("marketingConsent", true).queryParam("limit", 1)
                .queryParam("cursor", cursor).get(members).then().statusCode(200)
                .body("items.customerId", equalTo(List.of("C-4")))
                .body("nextCursor", nullValue());
        asAdmin().get(members).then().statusCode(200)
                .body("items.customerId", equalTo(List.of("C-1", "C-2", "C-3", "C-4")))
                .body("nextCursor", nullValue());
    }

    @Test
    void aSuspendedMemberCannotEarnUntilReactivated() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        enroll(programId, "C-2");
        String c1 = "/api/v1/programs/" + programId + "/members/C-1";

        asAdmin().body(Map.of("reason", "chargeback")).post(c1 + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("chargeback"));
        asAdmin().queryParam("status", "SUSPENDED").get("/api/v1/programs/" + programId + "/members").then()
                .statusCode(200).body("items.customerId", equalTo(List.of("C-1")));
        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("/problems/member-suspended"))
                .body("title", equalTo("The member is suspended"));

        asAdmin().post(c1 + "/reactivate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("statusReason", nullValue());
        purchase(programId, "buy-2", coffeePurchase("C-1", "A-1")).then().statusCode(200).body("pointsEarned", equalTo(25));
    }

    @Test
    void aPurchaseThatReachesATierUpgradesTheMember() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        String ladder = "/api/v1/programs/" + programId + "/tier-ladder";
        asAdmin().body("""
                        {"basis": "POINTS_EARNED", "window": "ROLLING_DAYS", "windowDays": 365,
                         "tiers": [{"name": "Gold", "threshold": 100, "earnMultiplier": "1.5", "perks": ["free delivery"]},
                                   {"name": "Silver", "threshold": 20}]}""")
                .post(ladder).then().statusCode(201)
                .body("tiers.name", equalTo(List.of("Silver", "Gold")))
                .body("tiers.rank", equalTo(List.of(1, 2)));
        asAdmin().get(ladder).then().statusCode(200)
                .body("basis", equalTo("POINTS_EARNED"))
                .body("window", equalTo("ROLLING_DAYS"))
                .body("windowDays", equalTo(365))
                .body("tiers[1].threshold", equalTo(100))
                .body("tiers[1].perks", equalTo(List.of("free delivery")));

        purchase(programId, "buy-1", coffeePurchase("C-1", "A-1")).then().statusCode(200);

        member(programId, "C-1").then().body("tier", equalTo("Silver")).body("tierSince", notNullValue());
        asAdmin().get("/api/v1/programs/" + programId + "/members/C-1/tier-changes").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].fromTier", nullValue())
                .body("items[0].toTier", equalTo("Silver"))
                .body("items[0].reason", startsWith("reached 25 points earned since "));
        asAdmin().post("/api/v1/programs/" + programId + "/tier-evaluations").then().statusCode(200)
                .body("upgraded", equalTo(0))
                .body("downgraded", equalTo(0))
                .body("unchanged", equalTo(1));
    }

    @Test
    void aBadTierOrCapIsRefusedOnTheFieldAsTheClientNamedIt() {
        String programId = newProgram("{}");

        asAdmin().body("""
                        {"basis": "SPEND", "window": "CALENDAR_YEAR",
                         "tiers": [{"name": "Silver", "threshold": 0}, {"name": "Gold", "threshold": 100, "earnMultiplier": "0.5"}]}""")
                .post("/api/v1/programs/" + programId + "/tier-ladder").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("tiers[1].earnMultiplier")))
                .body("errors[0].message", equalTo("must be at least 1"));
        asAdmin().body(Map.of("eventKey", "app_review", "points", 5, "capCount", 2))
                .post("/api/v1/programs/" + programId + "/event-rules").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("capPeriod")));
    }

    @Test
    void anEventPastItsCapEarnsNothingAndSaysWhy() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        asAdmin().body(Map.of("eventKey", "app_review", "points", 5, "capCount", 1, "capPeriod", "DAY"))
                .post("/api/v1/programs/" + programId + "/event-rules").then().statusCode(201)
                .body("eventKey", equalTo("app_review"))
                .body("points", equalTo(5))
                .body("capCount", equalTo(1))
                .body("capPeriod", equalTo("DAY"));

        event(programId, "C-1", "review-1", "app_review").then().statusCode(200)
                .body("pointsEarned", equalTo(5))
                .body("notEarnedReason", nullValue())
                .body("balance.active", equalTo(5));
        event(programId, "C-1", "review-2", "app_review").then().statusCode(200)
                .body("pointsEarned", equalTo(0))
                .body("notEarnedReason", equalTo("event app_review earned points 1 times this day already"))
                .body("balance.active", equalTo(5));
        asAdmin().body(Map.of("eventKey", "app_review"))
                .post("/api/v1/programs/" + programId + "/members/C-1/events").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void aReferredCustomersFirstPurchaseRewardsBothButNotTheirOwnReferral() {
        String programId = newProgram("{}");
        eventRule(programId, """
                {"eventKey": "referral", "points": 50, "capCount": 1, "capPeriod": "WEEK"}""");
        eventRule(programId, """
                {"eventKey": "referred", "points": 20}""");
        String code = enrollWith(programId, "C-1", Map.of("email", "ann@example.com")).then().statusCode(201)
                .extract().path("referralCode");

        enrollWith(programId, "C-2", Map.of("email", "bob@example.com", "referralCode", code)).then().statusCode(201)
                .body("referredBy", equalTo("C-1"));
        purchase(programId, "buy-1", plainPurchase("C-2", "A-1", "10.00")).then().statusCode(200);
        purchase(programId, "buy-2", plainPurchase("C-2", "A-2", "10.00")).then().statusCode(200);

        member(programId, "C-2").then().body("balance.active", equalTo(40));
        member(programId, "C-1").then().body("balance.active", equalTo(50));
        enrollWith(programId, "C-3", Map.of("email", "ANN@example.com", "referralCode", code)).then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/self-referral"))
                .body("title", equalTo("A customer cannot refer themselves"));
        enrollWith(programId, "C-4", Map.of("email", "cy@example.com", "referralCode", code)).then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/referral-limit-reached"));
    }

    @Test
    void completingAChallengeGivesItsBadgeAndBonus() {
        String programId = newProgram("{}");
        enroll(programId, "C-1");
        String challengeId = asAdmin().body("""
                        {"name": "Two visits", "badge": "regular", "metric": "PURCHASES", "target": 2, "windowDays": 30,
                         "bonusPoints": 15}""")
                .post("/api/v1/programs/" + programId + "/challenges").then().statusCode(201)
                .body("metric", equalTo("PURCHASES"))
                .body("target", equalTo(2))
                .extract().path("id");
        String badges = "/api/v1/programs/" + programId + "/members/C-1/badges";

        purchase(programId, "buy-1", plainPurchase("C-1", "A-1", "10.00")).then().statusCode(200);
        asAdmin().get(badges).then().statusCode(200).body("items", empty());
        purchase(programId, "buy-2", plainPurchase("C-1", "A-2", "10.00")).then().statusCode(200);

        asAdmin().get(badges).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].badge", equalTo("regular"))
                .body("items[0].challengeId", equalTo(challengeId))
                .body("items[0].earnedAt", notNullValue());
        member(programId, "C-1").then().body("balance.active", equalTo(35));
    }

    @Test
    void theLeaderboardRanksMembersByPointsEarnedInThePeriod() {
        String programId = newProgram("{}");
        for (String customerId : List.of("C-1", "C-2", "C-3")) {
            enroll(programId, customerId);
        }
        purchase(programId, "buy-1", plainPurchase("C-1", "A-1", "10.00")).then().statusCode(200);
        purchase(programId, "buy-2", plainPurchase("C-2", "A-2", "30.00")).then().statusCode(200);
        purchase(programId, "buy-3", plainPurchase("C-3", "A-3", "20.00")).then().statusCode(200);

        asAdmin().queryParam("from", YESTERDAY.minus(1, ChronoUnit.HOURS).toString())
                .queryParam("to", Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString())
                .queryParam("limit", 2)
                .get("/api/v1/programs/" + programId + "/leaderboard").then().statusCode(200)
                .body("items.rank", equalTo(List.of(1, 2)))
                .body("items.customerId", equalTo(List.of("C-2", "C-3")))
                .body("items.pointsEarned", equalTo(List.of(30, 20)));
    }
}
