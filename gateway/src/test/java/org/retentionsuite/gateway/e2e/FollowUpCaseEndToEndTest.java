package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.activeSurvey;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.newCustomer;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.respond;

/** The inner feedback loop through the REST API: a detractor's case is owned, worked, noted and closed. */
@QuarkusTest
class FollowUpCaseEndToEndTest {

    // Before each test (not all): RestAssured knows the gateway's port only once Quarkus started it.
    @org.junit.jupiter.api.BeforeEach
    void awaitFeedback() {
        FeedbackFixtures.awaitFeedback();
    }

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aDetractorsCaseIsAssignedWorkedTheCustomerToldAndClosed() {
        String surveyId = activeSurvey(Map.of("followUpSlaHours", 24));
        String customer = newCustomer();
        String responseId = respond(surveyId, customer, 3, "The parcel arrived broken");

        String caseId = asAdmin().queryParam("surveyId", surveyId).get("/api/v1/cases")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].responseId", equalTo(responseId))
                .body("items[0].customerId", equalTo(customer))
                .body("items[0].surveyKind", equalTo("NPS"))
                .body("items[0].score", equalTo(3))
                .body("items[0].comment", equalTo("The parcel arrived broken"))
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].owner", nullValue())
                .body("items[0].overdue", equalTo(false))
                .body("nextCursor", nullValue())
                .extract().path("items[0].id");
        var found = asAdmin().get("/api/v1/cases/" + caseId).then().statusCode(200).extract();
        assertEquals(Duration.ofHours(24), Duration.between(Instant.parse(found.path("openedAt")),
                Instant.parse(found.path("dueAt"))));

        asAdmin().body(Map.of("owner", "care-team")).post("/api/v1/cases/" + caseId + "/assignment")
                .then().statusCode(200).body("owner", equalTo("care-team"));
        asAdmin().body(Map.of("status", "IN_PROGRESS")).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));
        asAdmin().header("Idempotency-Key", "msg-" + caseId)
                .body(Map.of("kind", "CUSTOMER_MESSAGE", "author", "ana", "text", "We heard you: a new one is on its way."))
                .post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(201)
                .body("notes", hasSize(1))
                .body("notes[0].kind", equalTo("CUSTOMER_MESSAGE"))
                .body("notes[0].text", equalTo("We heard you: a new one is on its way."))
                .body("customerMessagedAt", notNullValue());
        asAdmin().header("Idempotency-Key", "msg-" + caseId)
                .body(Map.of("kind", "CUSTOMER_MESSAGE", "author", "ana", "text", "We heard you: a new one is on its way."))
                .post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(201).body("notes", hasSize(1));
        asAdmin().body(Map.of("status", "RESOLVED")).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).body("status", equalTo("RESOLVED")).body("resolvedAt", notNullValue());
        asAdmin().body(Map.of("status", "CLOSED")).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedAt", notNullValue());

        asAdmin().queryParam("surveyId", surveyId).queryParam("status", "CLOSED").get("/api/v1/cases")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(caseId));
        asAdmin().get("/api/v1/cases/overdue").then().statusCode(200);
    }

    @Test
    void aStepTheLifecycleDoesNotAllowIsAConflictNamingBothStatuses() {
        String surveyId = activeSurvey(Map.of());
        respond(surveyId, newCustomer(), 0, "");
        String caseId = asAdmin().queryParam("surveyId", surveyId).get("/api/v1/cases").then().statusCode(200)
                .extract().path("items[0].id");

        asAdmin().body(Map.of("status", "CLOSED")).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/conflict"))
                .body("detail", equalTo("case " + caseId + " cannot move from open to closed; from open it may move to in progress"));
        asAdmin().get("/api/v1/cases/" + caseId).then().statusCode(200).body("status", equalTo("OPEN"));
    }

    @Test
    void badCaseRequestsAreProblemsNamingWhatWasWrong() {
        asAdmin().get("/api/v1/cases/7b1c1c4e-0000-4000-8000-000000000000").then().statusCode(404).contentType(PROBLEM);
        asAdmin().queryParam("status", "LOST").get("/api/v1/cases")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("OPEN, IN_PROGRESS, RESOLVED, CLOSED"));
        String surveyId = activeSurvey(Map.of());
        respond(surveyId, newCustomer(), 1, "");
        String caseId = asAdmin().queryParam("surveyId", surveyId).get("/api/v1/cases").then().extract().path("items[0].id");
        asAdmin().body(Map.of("author", "ana", "text", "Called")).post("/api/v1/cases/" + caseId + "/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        asAdmin().body(Map.of("status", "RESOLVED")).post("/api/v1/cases/not-an-id/transitions")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("caseId"));
    }
}
