package org.retentionsuite.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.retentionsuite.gateway.e2e.Api;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The HTTP layer's own refusals are problem documents with a stable type too: a method the resource does
 * not have (405) and a representation the resource does not give (406).
 */
@QuarkusTest
class HttpLayerProblemsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aMethodTheResourceDoesNotHaveIs405() {
        String path = "/api/v1/programs/" + UUID.randomUUID();
        Response refused = Api.asAdmin().body("{}").patch(path);

        assertProblem(refused, 405, "/problems/method-not-allowed", "Method not allowed",
                "PATCH is not allowed on " + path, path);
    }

    @Test
    void aMethodACollectionDoesNotHaveIs405() {
        Response refused = Api.asAdmin().delete("/api/v1/playbooks");

        assertProblem(refused, 405, "/problems/method-not-allowed", "Method not allowed",
                "DELETE is not allowed on /api/v1/playbooks", "/api/v1/playbooks");
    }

    @Test
    void withoutCredentialsAWrongMethodIsStill405AndOpensNothing() {
        Response refused = given().contentType("application/json").put("/api/v1/playbooks");

        assertProblem(refused, 405, "/problems/method-not-allowed", "Method not allowed",
                "PUT is not allowed on /api/v1/playbooks", "/api/v1/playbooks");
    }

    @Test
    void askingForARepresentationTheResourceDoesNotGiveIs406() {
        String path = "/api/v1/programs/" + UUID.randomUUID();
        Response refused = Api.asAdmin().accept("text/csv").get(path);

        assertProblem(refused, 406, "/problems/not-acceptable", "No acceptable representation",
                "this resource answers application/json", path);
    }

    @Test
    void aWriteThatAsksForXmlIs406BeforeAnythingIsDone() {
        Response refused = Api.asAdmin().accept("application/xml")
                .body(Map.of("name", "never created", "currency", "EUR", "timeZone", "UTC", "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs");

        assertProblem(refused, 406, "/problems/not-acceptable", "No acceptable representation",
                "this resource answers application/json", "/api/v1/programs");
    }

    private static void assertProblem(Response response, int status, String type, String title, String detail,
            String instance) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals(PROBLEM, response.contentType());
        assertEquals(type, response.path("type"));
        assertEquals(title, response.path("title"));
        assertEquals(status, (int) response.path("status"));
        assertEquals(detail, response.path("detail"));
        assertEquals(instance, response.path("instance"));
    }
}
