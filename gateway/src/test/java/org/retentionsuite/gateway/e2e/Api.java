package org.retentionsuite.gateway.e2e;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as an authenticated client of the API sends them. */
public final class Api {

    public static final String ADMIN_KEY = "test-admin-key";

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType("application/json");
    }
}
