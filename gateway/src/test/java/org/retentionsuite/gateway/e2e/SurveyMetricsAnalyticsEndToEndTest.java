package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.activeSurvey;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.newCustomer;

/** A survey's metrics compared between periods and broken down by the invitations' country and attributes. */
@QuarkusTest
class SurveyMetricsAnalyticsEndToEndTest {

    // Before each test (not all): RestAssured knows the gateway's port only once Quarkus started it.
    @org.junit.jupiter.api.BeforeEach
    void awaitFeedback() {
        FeedbackFixtures.awaitFeedback();
    }

    @Test
    void scoresAreBrokenDownByCountryAndAttributeAndComparedWithAnEmptyBaseline() {
        String surveyId = activeSurvey(Map.of());
        respond(surveyId, "DE", "Berlin", 10);
        respond(surveyId, "DE", "Hamburg", 9);
        respond(surveyId, "FR", "Paris", 2);

        asAdmin().queryParam("by", "country").get("/api/v1/surveys/" + surveyId + "/metrics/breakdown")
                .then().statusCode(200)
                .body("by", equalTo("country"))
                .body("items", hasSize(2))
                .body("items[0].value", equalTo("DE"))
                .body("items[0].nps.n", equalTo(2))
                .body("items[0].nps.score", equalTo(100.0f))
                .body("items[1].value", equalTo("FR"))
                .body("items[1].nps.score", equalTo(-100.0f));
        asAdmin().queryParam("by", "attribute").queryParam("attribute", "store")
                .get("/api/v1/surveys/" + surveyId + "/metrics/breakdown")
                .then().statusCode(200)
                .body("items.value", equalTo(List.of("Berlin", "Hamburg", "Paris")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        asAdmin().queryParam("baselineFrom", "2020-01-01").queryParam("baselineTo", "2020-01-31")
                .queryParam("from", today).queryParam("to", today)
                .get("/api/v1/surveys/" + surveyId + "/metrics/comparison")
                .then().statusCode(200)
                .body("baseline.nps.n", equalTo(0))
                .body("current.nps.n", equalTo(3))
                .body("current.nps.score", equalTo(33.3f))
                .body("change.significant", equalTo(false));
    }

    @Test
    void aBreakdownWithoutByOrAComparisonWithoutABaselineIsAProblemNamingTheParameter() {
        String surveyId = activeSurvey(Map.of());

        asAdmin().get("/api/v1/surveys/" + surveyId + "/metrics/breakdown").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("by"));
        asAdmin().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31")
                .get("/api/v1/surveys/" + surveyId + "/metrics/comparison").then().statusCode(400)
                .body("errors.field", equalTo(List.of("baselineFrom", "baselineTo")));
    }

    private static void respond(String surveyId, String country, String store, int score) {
        String token = asAdmin().body(Map.of("customerIds", List.of(newCustomer()), "country", country,
                        "attributes", Map.of("store", store)))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0].token");
        given().contentType("application/json").body(Map.of("token", token, "score", score, "answers", List.of()))
                .post("/api/v1/responses").then().statusCode(201);
    }
}
