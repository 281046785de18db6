package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.activeSurvey;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.newCustomer;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.respond;

/** A customer's feedback in the 360 view, exported, and erased with the survey's metrics unchanged. */
@QuarkusTest
class CustomerFeedbackEndToEndTest {

    // Before each test (not all): RestAssured knows the gateway's port only once Quarkus started it.
    @org.junit.jupiter.api.BeforeEach
    void awaitFeedback() {
        FeedbackFixtures.awaitFeedback();
    }

    @Test
    void aCustomersFeedbackIsShownExportedAndErasedWithTheMetricsUnchanged() {
        String surveyId = activeSurvey(Map.of());
        String customer = newCustomer();
        String responseId = respond(surveyId, customer, 4, "Too expensive");
        respond(surveyId, newCustomer(), 10, "");

        asAdmin().get("/api/v1/customers/" + customer + "/feedback").then().statusCode(200)
                .body("recentResponses", hasSize(1))
                .body("recentResponses[0].id", equalTo(responseId))
                .body("recentResponses[0].comment", equalTo("Too expensive"))
                .body("openCases", hasSize(1))
                .body("openCases[0].responseId", equalTo(responseId));
        asAdmin().get("/api/v1/customers/" + customer + "/feedback/export").then().statusCode(200)
                .body("customerId", equalTo(customer))
                .body("responses[0].score", equalTo(4))
                .body("responses[0].status", equalTo("COMPLETED"))
                .body("cases[0].status", equalTo("OPEN"));
        String before = asAdmin().get("/api/v1/surveys/" + surveyId + "/metrics").then().statusCode(200).extract().asString();

        asAdmin().delete("/api/v1/customers/" + customer + "/feedback").then().statusCode(200)
                .body("responsesAnonymised", equalTo(1))
                .body("invitationsForgotten", equalTo(1))
                .body("casesAnonymised", equalTo(1));
        asAdmin().delete("/api/v1/customers/" + customer + "/feedback").then().statusCode(200)
                .body("responsesAnonymised", equalTo(0))
                .body("invitationsForgotten", equalTo(0))
                .body("casesAnonymised", equalTo(0));

        asAdmin().get("/api/v1/surveys/" + surveyId + "/metrics").then().statusCode(200).body(equalTo(before));
        asAdmin().get("/api/v1/customers/" + customer + "/feedback").then().statusCode(200)
                .body("recentResponses", hasSize(0)).body("openCases", hasSize(0));
        asAdmin().queryParam("surveyId", surveyId).get("/api/v1/cases").then().statusCode(200)
                .body("items[0].customerId", startsWith("forgotten-"))
                .body("items[0].comment", nullValue())
                .body("items[0].score", equalTo(4));
    }

    @Test
    void aLimitOutOfRangeIsRefusedNamingIt() {
        asAdmin().queryParam("limit", "500").get("/api/v1/customers/" + newCustomer() + "/feedback")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }
}
