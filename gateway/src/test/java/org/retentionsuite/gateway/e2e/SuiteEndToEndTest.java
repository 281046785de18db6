package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** The gateway's REST API against the three services running as their own processes. */
@QuarkusTest
class SuiteEndToEndTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aProgrammeIsCreatedAMemberEnrolledAndBothReadBack() {
        String programId = asAdmin()
                .body(Map.of("name", "Coffee Club", "currency", "EUR", "timeZone", "Europe/Amsterdam",
                        "pointsPerCurrencyUnit", 1.5))
                .post("/api/v1/programs")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/programs/" + UUID_PATTERN))
                .body("id", matchesPattern(UUID_PATTERN))
                .body("name", equalTo("Coffee Club"))
                .body("currency", equalTo("EUR"))
                .body("timeZone", equalTo("Europe/Amsterdam"))
                .body("pointsPerCurrencyUnit", equalTo(1.5f))
                .extract().path("id");

        asAdmin().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("id", equalTo(programId))
                .body("name", equalTo("Coffee Club"))
                .body("createdAt", notNullValue());

        asAdmin().body(Map.of("customerId", "C-1001", "email", "ada@example.com", "locale", "nl-NL", "name", "Ada"))
                .post("/api/v1/programs/" + programId + "/members")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/programs/" + programId + "/members/C-1001"));

        asAdmin().get("/api/v1/programs/" + programId + "/members/C-1001").then().statusCode(200)
                .body("programId", equalTo(programId))
                .body("customerId", equalTo("C-1001"))
                .body("email", equalTo("ada@example.com"))
                .body("locale", equalTo("nl-NL"))
                .body("status", equalTo("ACTIVE"))
                .body("balance.active", equalTo(0))
                .body("balance.pending", equalTo(0))
                .body("balance.reserved", equalTo(0))
                .body("tier", nullValue());
    }

    @Test
    void enrollingACustomerTwiceIsAConflict() {
        String programId = newProgram();
        asAdmin().body(Map.of("customerId", "C-2")).post("/api/v1/programs/" + programId + "/members").then().statusCode(201);

        asAdmin().body(Map.of("customerId", "C-2")).post("/api/v1/programs/" + programId + "/members")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("customer C-2 is a member of program " + programId + " already"));
    }

    @Test
    void activityIsRecordedOnceAndTheInsightsAddItUp() {
        String customer = "C-" + UUID.randomUUID();
        String batch = """
                [
                  {"eventId": "%1$s-1", "customerId": "%1$s", "type": "PURCHASE", "occurredAt": "2026-03-01T10:00:00Z",
                   "amount": {"currency": "USD", "amount": "20.00"}},
                  {"eventId": "%1$s-2", "customerId": "%1$s", "type": "PURCHASE", "occurredAt": "2026-03-05T16:30:00Z",
                   "amount": {"currency": "USD", "amount": "12.50"}},
                  {"eventId": "%1$s-3", "customerId": "%1$s", "type": "RETURN", "occurredAt": "2026-03-06T09:00:00Z",
                   "amount": {"currency": "USD", "amount": "5.25"}},
                  {"eventId": "%1$s-4", "customerId": "%1$s", "type": "VISIT", "occurredAt": "2026-03-07T09:00:00Z"}
                ]""".formatted(customer);

        asAdmin().body(batch).post("/api/v1/activities").then().statusCode(200)
                .body("recorded", equalTo(4)).body("duplicates", equalTo(0));
        asAdmin().body(batch).post("/api/v1/activities").then().statusCode(200)
                .body("recorded", equalTo(0)).body("duplicates", equalTo(4));

        asAdmin().get("/api/v1/customers/" + customer + "/insights").then().statusCode(200)
                .body("customerId", equalTo(customer))
                .body("purchaseCount", equalTo(2))
                .body("totalSpend.currency", equalTo("USD"))
                .body("totalSpend.amount", equalTo("27.25"))
                .body("firstPurchaseAt", equalTo("2026-03-01T10:00:00Z"))
                .body("lastPurchaseAt", equalTo("2026-03-05T16:30:00Z"));
    }

    @Test
    void aSurveyIsCreatedInDraftAndReadBackInItsLanguages() {
        String surveyId = asAdmin()
                .body(Map.of("name", "After purchase", "kind", "NPS", "defaultLanguage", "en",
                        "question", Map.of("en", "How likely are you to recommend us?",
                                "ar", "ما مدى احتمال أن توصي بنا؟")))
                .post("/api/v1/surveys")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/surveys/" + UUID_PATTERN))
                .extract().path("id");

        asAdmin().get("/api/v1/surveys/" + surveyId).then().statusCode(200)
                .body("id", equalTo(surveyId))
                .body("name", equalTo("After purchase"))
                .body("kind", equalTo("NPS"))
                .body("defaultLanguage", equalTo("en"))
                .body("question.en", equalTo("How likely are you to recommend us?"))
                .body("question.ar", equalTo("ما مدى احتمال أن توصي بنا؟"))
                .body("status", equalTo("DRAFT"))
                .body("version", equalTo(1));
    }

    @Test
    void aProgrammeThatDoesNotExistIsNotFound() {
        String id = UUID.randomUUID().toString();

        asAdmin().get("/api/v1/programs/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("program " + id + " does not exist"))
                .body("instance", equalTo("/api/v1/programs/" + id));
    }

    @Test
    void aRuleOnlyTheServiceKnowsIsReportedOnTheFieldAsTheClientNamedIt() {
        asAdmin().body(Map.of("name", "Mars", "currency", "EUR", "timeZone", "Mars/Olympus_Mons", "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].message", equalTo("is not an IANA time zone such as \"Europe/Amsterdam\""));
    }

    @Test
    void activityInAnotherCurrencyThanTheReportingOneIsRefusedOnItsField() {
        String customer = "C-" + UUID.randomUUID();
        String batch = """
                [{"eventId": "%1$s-1", "customerId": "%1$s", "type": "PURCHASE", "occurredAt": "2026-03-01T10:00:00Z",
                  "amount": {"currency": "EUR", "amount": "20.00"}}]""".formatted(customer);

        String field = asAdmin().body(batch).post("/api/v1/activities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .extract().path("errors[0].field");

        assertEquals("[0].amount.currency", field);
        asAdmin().get("/api/v1/customers/" + customer + "/insights").then().statusCode(404);
    }

    private static String newProgram() {
        return asAdmin()
                .body(Map.of("name", "Test", "currency", "EUR", "timeZone", "Europe/Berlin", "pointsPerCurrencyUnit", 1))
                .post("/api/v1/programs").then().statusCode(201).extract().path("id");
    }
}
