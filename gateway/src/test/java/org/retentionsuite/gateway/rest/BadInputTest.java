package org.retentionsuite.gateway.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Bad input gets a 400 problem naming the field; never a 500, never a stack trace. */
@QuarkusTest
class BadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsRefused() {
        asAdmin().body("{\"name\": \"Coffee\", ").post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-request"))
                .body("title", equalTo("The request is not valid"))
                .body("detail", startsWith("the body is not valid JSON"))
                .body(not(containsString("at org.")));
    }

    @Test
    void anUnknownFieldIsNamed() {
        asAdmin().body(Map.of("name", "Coffee", "currency", "EUR", "timeZone", "Europe/Paris", "pointsPerCurrencyUnit", 1,
                        "colour", "blue"))
                .post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void everyMissingFieldIsNamed() {
        asAdmin().body("{}").post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("4 fields are not valid"))
                .body("errors.field", equalTo(java.util.List.of("currency", "name", "pointsPerCurrencyUnit", "timeZone")))
                .body("errors.message", equalTo(java.util.List.of("must not be blank", "must not be blank", "must not be null",
                        "must not be blank")));
    }

    @Test
    void aMissingBodyIsRefused() {
        asAdmin().post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("is required"));
    }

    @Test
    void aStringOverItsLimitIsNamed() {
        asAdmin().body(Map.of("customerId", "x".repeat(129)))
                .post("/api/v1/programs/00000000-0000-0000-0000-000000000000/members")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("customerId"))
                .body("errors[0].message", equalTo("size must be between 0 and 128"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithTheTypeExpected() {
        asAdmin().body(Map.of("name", "Coffee", "currency", "EUR", "timeZone", "Europe/Paris", "pointsPerCurrencyUnit", "lots"))
                .post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("pointsPerCurrencyUnit"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void aNumberWhereAStringBelongsIsNotCoerced() {
        asAdmin().body(Map.of("name", 1, "currency", "EUR", "timeZone", "Europe/Paris", "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void aStringWhereANumberBelongsIsNotCoerced() {
        asAdmin().body(Map.of("name", "Coffee", "currency", "EUR", "timeZone", "Europe/Paris", "pointsPerCurrencyUnit", "1"))
                .post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("pointsPerCurrencyUnit"))
                .body("errors[0].message", equalTo("must be a number"));
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        asAdmin().body("{\"name\": \"A\", \"name\": \"B\", \"currency\": \"EUR\", \"timeZone\": \"Europe/Paris\", "
                        + "\"pointsPerCurrencyUnit\": 1}")
                .post("/api/v1/programs")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", startsWith("the body is not valid JSON: Duplicate field 'name'"));
    }

    @Test
    void anUnknownEnumValueListsTheValidOnes() {
        asAdmin().body(Map.of("name", "S", "kind", "SMS", "defaultLanguage", "en", "question", Map.of("en", "?")))
                .post("/api/v1/surveys")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("must be one of NPS, CSAT, CES"));
    }

    @Test
    void aBadElementOfABatchIsNamedByItsIndex() {
        asAdmin().body("""
                        [{"eventId": "e1", "customerId": "c1", "type": "VISIT", "occurredAt": "2026-01-01T00:00:00Z"},
                         {"eventId": "e2", "customerId": "c1", "type": "VISIT", "occurredAt": "yesterday"}]""")
                .post("/api/v1/activities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("[1].occurredAt"))
                .body("errors[0].message", equalTo("must be an ISO 8601 instant such as 2026-01-31T09:30:00Z"));
    }

    @Test
    void aBatchElementMissingFieldsIsNamedByIndexAndField() {
        asAdmin().body("[{\"eventId\": \"e1\", \"type\": \"VISIT\", \"occurredAt\": \"2026-01-01T00:00:00Z\"}]")
                .post("/api/v1/activities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("[0].customerId"))
                .body("errors[0].message", equalTo("must not be blank"));
    }

    @Test
    void anEmptyBatchIsRefused() {
        asAdmin().body("[]").post("/api/v1/activities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("size must be between 1 and 1000"));
    }

    @Test
    void moneyWithMoreDecimalsThanItsCurrencyHasIsRefused() {
        asAdmin().body("""
                        [{"eventId": "e1", "customerId": "c1", "type": "PURCHASE", "occurredAt": "2026-01-01T00:00:00Z",
                          "amount": {"currency": "EUR", "amount": "1.005"}}]""")
                .post("/api/v1/activities")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("[0].amount.amount"))
                .body("errors[0].message", equalTo("has more decimal places than EUR has (2)"));
    }

    @Test
    void aRequestWithoutCredentialsIsUnauthorized() {
        given().get("/api/v1/programs/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("/problems/unauthorized"))
                .body("detail", equalTo("send an API key or a member token as Authorization: Bearer <credential>"));
    }

    @Test
    void aRequestWithAWrongKeyIsUnauthorized() {
        given().header("Authorization", "Bearer not-the-key").get("/api/v1/programs/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401).contentType(PROBLEM)
                .body("detail", equalTo("the API key is not valid"));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        asAdmin().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("there is no resource at /api/v1/nothing-here"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        asAdmin().contentType("text/plain").body("name=Coffee").post("/api/v1/programs")
                .then().statusCode(415).contentType(PROBLEM)
                .body("type", equalTo("/problems/unsupported-media-type"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiAreServed() {
        given().get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/programs/{programId}/members/{customerId}"))
                .body(containsString("/api/v1/customers/{customerId}/insights"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
