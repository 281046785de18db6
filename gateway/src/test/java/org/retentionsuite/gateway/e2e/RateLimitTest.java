package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.retentionsuite.gateway.e2e.Api.as;

/** The test key "throttled" may send bursts of 3 and 0.2 requests per second after them. */
@QuarkusTest
class RateLimitTest {

    @Test
    void overItsLimitAKeyIsAnswered429WithRetryAfterAndOtherKeysAreNotAffected() {
        String insights = "/api/v1/customers/nobody/insights";
        for (int i = 0; i < 3; i++) {
            as(Api.THROTTLED_KEY).get(insights).then().statusCode(404);
        }
        String retryAfter = as(Api.THROTTLED_KEY).get(insights).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .extract().header("Retry-After");
        // One token takes 5 s to refill; the seconds left depend on how long the three calls took.
        int seconds = Integer.parseInt(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 5, "Retry-After " + retryAfter);
        Api.asAnalyst().get(insights).then().statusCode(404);
    }
}
