package org.retentionsuite.gateway.e2e;

import io.restassured.specification.RequestSpecification;
import org.retentionsuite.gateway.openapi.CalledOperations;

import static io.restassured.RestAssured.given;

/** Requests as an authenticated client of the API sends them. */
public final class Api {

    public static final String ADMIN_KEY = "test-admin-key";
    /** Keys of the test profile (application.properties keeps only their SHA-256). */
    public static final String INTEGRATION_KEY = "test-integration-key";
    public static final String ANALYST_KEY = "test-analyst-key";
    public static final String THROTTLED_KEY = "test-throttled-key";

    static {
        // Every request of the tests counts for OperationCoverageTest.
        CalledOperations.record();
    }

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_KEY);
    }

    public static RequestSpecification asIntegration() {
        return as(INTEGRATION_KEY);
    }

    public static RequestSpecification asAnalyst() {
        return as(ANALYST_KEY);
    }

    /** As the end customer {@code customerId}, with a member token of the test identity provider. */
    public static RequestSpecification asMember(String customerId) {
        return as(MemberTokens.valid(customerId));
    }

    public static RequestSpecification as(String credential) {
        return given().header("Authorization", "Bearer " + credential).contentType("application/json");
    }
}
