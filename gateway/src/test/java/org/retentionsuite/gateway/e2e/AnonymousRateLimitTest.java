package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;


import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callers without credentials of the public answer endpoints are limited per client address: in the tests
 * bursts of 3, then 0.2 per second, except the loopback address, which has a high limit of its own so that
 * the other tests are not limited. The tests run behind a "proxy" (the loopback address is trusted), so that
 * each test names its own client address in X-Forwarded-For.
 */
@QuarkusTest
class AnonymousRateLimitTest {

    static {
        Api.class.getName(); // records the calls for OperationCoverageTest
    }

    @Test
    void anAddressOverItsLimitIsAnswered429WithRetryAfterAndOtherAddressesAreNotAffected() {
        for (int i = 0; i < 3; i++) {
            answerFrom("198.51.100.1").then().statusCode(400).body("type", equalTo("/problems/invalid-request"));
        }
        Response refused = answerFrom("198.51.100.1");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", containsString("this address may send 0.2 answers per second (bursts of 3)"));
        assertRetryAfterWithinOneToken(refused);
        answerFrom("198.51.100.2").then().statusCode(400);
    }

    @Test
    void withoutForwardedForTheLoopbackAddressHasItsOwnHigherLimit() {
        for (int i = 0; i < 10; i++) {
            given().contentType("application/json").body("{}").post("/api/v1/responses").then().statusCode(400);
        }
    }

    @Test
    void theRespondentPagesAnswer429AsAPageInTheRespondentsLanguage() {
        for (int i = 0; i < 3; i++) {
            // Under the limit the post reaches the survey pages, which know no such token.
            postForm("198.51.100.3").then().statusCode(404).contentType("text/html");
        }
        Response refused = postForm("198.51.100.3");
        refused.then().statusCode(429)
                .contentType("text/html")
                .header("Content-Language", "de")
                .body(containsString("Zu viele Antworten von Ihrer Verbindung in kurzer Zeit."))
                .body(containsString("lang=\"de\""));
        assertRetryAfterWithinOneToken(refused);
    }

    @Test
    void theSameClientIsCountedOnceOnTheApiAndThePages() {
        answerFrom("198.51.100.4").then().statusCode(400);
        answerFrom("198.51.100.4").then().statusCode(400);
        postForm("198.51.100.4").then().statusCode(404);
        answerFrom("198.51.100.4").then().statusCode(429);
    }

    private static Response answerFrom(String client) {
        return given().header("X-Forwarded-For", client).contentType("application/json").body("{}")
                .post("/api/v1/responses");
    }

    private static Response postForm(String client) {
        return given().header("X-Forwarded-For", client).header("Accept-Language", "de-DE,de;q=0.9")
                .contentType("application/x-www-form-urlencoded").formParam("score", "9")
                .post("/s/no-such-token");
    }

    /** One token takes 5 s to come back. */
    private static void assertRetryAfterWithinOneToken(Response refused) {
        int seconds = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(seconds >= 1 && seconds <= 5, "Retry-After " + seconds);
    }
}
