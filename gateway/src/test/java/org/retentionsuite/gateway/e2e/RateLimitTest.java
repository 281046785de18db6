package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
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
        as(Api.THROTTLED_KEY).get(insights).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/rate-limited"));
        Api.asAnalyst().get(insights).then().statusCode(404);
    }
}
